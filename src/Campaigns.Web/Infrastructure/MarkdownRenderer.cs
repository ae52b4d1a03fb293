using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Campaigns.Web.Infrastructure;

/// <summary>
/// Renders organizer Markdown with raw HTML escaped and only http(s) and mailto links kept, so campaign
/// text cannot run script or load anything into a signer's browser.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .Build();

    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage || !IsSafe(link.Url))
            {
                link.IsImage = false;
                link.Url = "#";
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsSafe(autolink.Url))
            {
                autolink.Url = "#";
            }
        }
        return document.ToHtml(Pipeline);
    }

    private static bool IsSafe(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? SafeSchemes.Contains(uri.Scheme) : url?.StartsWith('/') == true && !url.StartsWith("//");
}
