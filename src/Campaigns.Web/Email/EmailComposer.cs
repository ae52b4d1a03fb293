using System.Text;
using System.Text.Encodings.Web;
using Campaigns.Web.Infrastructure.Localization;

namespace Campaigns.Web.Email;

/// <summary>
/// Builds the plain-text and HTML parts of a message from the same paragraphs and call to action, labelled with
/// the current UI language (compose it inside <see cref="SupportedCultures.Use"/> for the recipient's).
/// </summary>
public static class EmailComposer
{
    public sealed record Action(string Label, string Url);

    public static EmailMessage Compose(string toAddress, string toName, string subject, IEnumerable<string> paragraphs, Action? action = null)
    {
        var language = SupportedCultures.Current;
        var text = new StringBuilder();
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"{language}\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
            html.Append("<p>").Append(HtmlEncoder.Default.Encode(paragraph)).Append("</p>");
        }
        if (action is not null)
        {
            // The page opens in the language the email is written in, whatever the browser that opens it prefers.
            var url = LanguageInLinks.WithLanguage(action.Url);
            text.Append(action.Label).Append(":\n").Append(url).Append("\n\n");
            html.Append("<p><a href=\"").Append(HtmlEncoder.Default.Encode(url)).Append("\">")
                .Append(HtmlEncoder.Default.Encode(action.Label)).Append("</a></p>");
        }
        html.Append("</body></html>");
        return new EmailMessage(toAddress, toName, subject, text.ToString().TrimEnd() + "\n", html.ToString())
        {
            Language = language,
        };
    }
}
