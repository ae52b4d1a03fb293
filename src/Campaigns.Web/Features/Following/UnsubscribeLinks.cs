using System.Text.Encodings.Web;
using Campaigns.Web.Email;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Following;

/// <summary>
/// Every follower and update email carries a one-click unsubscribe (RFC 8058): the mail client POSTs to the
/// link and the address is off the list at once; the same link opened in a browser shows a button.
/// </summary>
public class UnsubscribeLinks(UnsubscribeTokens tokens, IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l)
{
    public EmailMessage Compose(
        Subscription kind, Guid id, string toAddress, string toName, string subject,
        IEnumerable<string> paragraphs, EmailComposer.Action action)
    {
        var link = options.Value.Link($"/unsubscribe/{tokens.Issue(kind, id)}");
        var label = l["Unsubscribe from these emails"].Value;
        var message = EmailComposer.Compose(toAddress, toName, subject, paragraphs, action);
        var page = LanguageInLinks.WithLanguage(link);
        var htmlFooter = $"<p style=\"font-size:small\"><a href=\"{HtmlEncoder.Default.Encode(page)}\">{HtmlEncoder.Default.Encode(label)}</a></p></body>";
        return message with
        {
            TextBody = $"{message.TextBody}\n{label}:\n{page}\n",
            HtmlBody = message.HtmlBody.Replace("</body>", htmlFooter, StringComparison.Ordinal),
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{link}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }
}
