using System.Globalization;
using Campaigns.Web.Domain;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Paper;

/// <summary>What the printed sheet says, in the campaign's language: the people signing at a stall read the campaign, not the printer's screen.</summary>
public sealed record SheetText(string SignOnline, IReadOnlyList<string> Columns, string Consent, string ReturnTo)
{
    public static SheetText For(IStringLocalizer<SharedResource> l, SheetCampaign c, string address)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(c.Language);
        try
        {
            return new SheetText(
                l["Or sign online: scan the code or go to {0}", address],
                ColumnsOf(l, c.Kind),
                l["By signing this sheet you support \"{0}\". {1} keeps the sheets private: the signatures are counted with those given online, names on this sheet are never published, and an email address is used only to send news of this campaign to those who give one.", c.Title, c.OrganisationName],
                c.ContactEmail is { } email
                    ? l["Please return completed sheets to {0} ({1}).", c.ContactName ?? c.OrganisationName, email]
                    : l["Please return completed sheets to {0}.", c.OrganisationName]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>The sign form's own fields, on paper: the email only for those who want news, since no link confirms a paper signature.</summary>
    private static List<string> ColumnsOf(IStringLocalizer<SharedResource> l, CampaignKind kind)
    {
        var columns = new List<string> { l["Name"], l["Country"], l["City (optional)"] };
        if (kind == CampaignKind.JointStatement)
        {
            columns.Add(l["Organisation and role, if you sign for one"]);
        }
        columns.Add(l["Email, only if you want news of this campaign"]);
        columns.Add(l["Signature"]);
        return columns;
    }
}
