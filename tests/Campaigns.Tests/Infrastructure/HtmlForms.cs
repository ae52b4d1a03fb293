using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// Submits a page's form the way a browser without JavaScript would: every field's current value
/// (hidden antiforgery token included), with the given fields changed. Use a client from
/// <see cref="CampaignsAppFactory.CreatePageClient"/> so that cookies are kept and redirects are visible.
/// </summary>
public static class HtmlForms
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Loads <paramref name="path"/> and submits its POST form whose action ends with <paramref name="actionSuffix"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string path, string actionSuffix, IReadOnlyDictionary<string, string> changes)
    {
        var document = await client.GetDocumentAsync(path);
        var form = document.Forms.FirstOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)
                && ActionOf(f, path).EndsWith(actionSuffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{path} has no POST form to ...{actionSuffix}:\n{document.Body?.InnerHtml}");
        var fields = CurrentValues(form).Where(f => !changes.ContainsKey(f.Key)).Concat(changes).ToList();
        return await client.PostAsync(ActionOf(form, path), new FormUrlEncodedContent(fields));
    }

    /// <summary>Where the form posts to; a browser keeps the fragment for itself, as this does.</summary>
    private static string ActionOf(IHtmlFormElement form, string path) =>
        (form.GetAttribute("action") ?? path).Split('#')[0];

    public static string Text(this IElement? element) =>
        element is null ? "" : string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<KeyValuePair<string, string>> CurrentValues(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                case IHtmlInputElement { Type: "submit" or "button" or "image" or "reset" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    yield return new(input.Name, input.Value);
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    yield return new(select.Name, select.SelectedOptions.FirstOrDefault()?.Value ?? select.Options.FirstOrDefault()?.Value ?? "");
                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    yield return new(textArea.Name, textArea.Value);
                    break;
            }
        }
    }
}
