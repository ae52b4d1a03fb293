using Campaigns.Web.Features.Following;
using Microsoft.AspNetCore.DataProtection;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>The token in a message's confirmation link.</summary>
public class MessageTokens(IDataProtectionProvider provider) : SealedIds(provider, "Campaigns.SolidarityMessageConfirmation.v1")
{
    public string Issue(Guid messageId) => Seal(0, messageId);

    public bool TryRead(string token, out Guid messageId) => TryOpen(token, out var kind, out messageId) && kind == 0;
}
