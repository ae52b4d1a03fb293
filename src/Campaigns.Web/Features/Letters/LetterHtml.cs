using System.Net;
using Campaigns.Web.Infrastructure;

namespace Campaigns.Web.Features.Letters;

/// <summary>A letter as HTML, with the supporter's paragraph marked so they can see what they may change.</summary>
public static class LetterHtml
{
    private const string Marker = "EDITABLEPARAGRAPH7F3A9C";

    public static string Render(LetterData letter, LetterTarget? target, LetterSigner signer, string? editable, DateOnly today)
    {
        var paragraph = editable ?? letter.EditableText ?? "";
        var html = MarkdownRenderer.ToHtml(LetterWriter.Text(letter, target, signer, Marker, today));
        var marked = $"<span class=\"letter-editable\">{WebUtility.HtmlEncode(paragraph.Trim()).ReplaceLineEndings("<br>")}</span>";
        return html.Replace($"<p>{Marker}</p>", $"<p>{marked}</p>", StringComparison.Ordinal).Replace(Marker, marked, StringComparison.Ordinal);
    }
}
