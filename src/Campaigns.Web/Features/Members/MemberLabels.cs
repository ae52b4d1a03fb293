using Campaigns.Web.Domain;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Members;

public static class MemberLabels
{
    public static string Role(IStringLocalizer l, MemberRole role) => role switch
    {
        MemberRole.Owner => l["owner"],
        MemberRole.Organizer => l["organizer"],
        _ => l["viewer"],
    };
}
