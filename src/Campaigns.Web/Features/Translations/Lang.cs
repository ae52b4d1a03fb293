using Microsoft.AspNetCore.Html;

namespace Campaigns.Web.Features.Translations;

/// <summary>Marks text whose language may differ from the page's, so screen readers and fonts treat it right.</summary>
public static class Lang
{
    public static IHtmlContent Span(string? text, string language) =>
        new HtmlContentBuilder().AppendHtml($"<span lang=\"{language}\">").Append(text ?? "").AppendHtml("</span>");
}
