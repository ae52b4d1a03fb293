using System.Text.Encodings.Web;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.MySignatures;

/// <summary>
/// Every email a supporter or follower gets ends with a personal link to their page (compose it in the recipient's
/// language); once the link has expired, the page it opens offers a new one.
/// </summary>
public class MySignaturesLinks(MailboxTokens tokens, IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l)
{
    public EmailMessage AddTo(EmailMessage message)
    {
        var url = LanguageInLinks.WithLanguage(options.Value.Link($"/my-signatures/{tokens.Issue(EmailNormalizer.Normalize(message.ToAddress))}"));
        var label = l["See, change or withdraw what you signed here, or erase your data"].Value;
        var html = $"<p style=\"font-size:small\"><a href=\"{HtmlEncoder.Default.Encode(url)}\">{HtmlEncoder.Default.Encode(label)}</a></p></body>";
        return message with
        {
            TextBody = $"{message.TextBody}\n{label}:\n{url}\n",
            HtmlBody = message.HtmlBody.Replace("</body>", html, StringComparison.Ordinal),
        };
    }
}
