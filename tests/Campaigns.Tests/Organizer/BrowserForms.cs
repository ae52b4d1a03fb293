using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Campaigns.Tests.Organizer;

/// <summary>Submits a form the way a browser without JavaScript does: every field it holds, changed where the test says.</summary>
public static class BrowserForms
{
    public static Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, IHtmlDocument page, string action, IReadOnlyDictionary<string, string> changes, string? submitter = null)
    {
        var form = page.Forms.Single(f => f.GetAttribute("action") == action);
        var fields = form.Elements.SelectMany(Field).Where(f => f.Key.Length > 0).ToList();
        var unknown = changes.Keys.Where(k => k != submitter && fields.All(f => f.Key != k)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"The form posting to {action} has no field {string.Join(", ", unknown)}.");
        }
        var posted = fields.Select(f => changes.TryGetValue(f.Key, out var value) ? new KeyValuePair<string, string>(f.Key, value) : f).ToList();
        if (submitter is not null)
        {
            posted.Add(new(submitter, changes[submitter]));
        }
        return client.PostAsync(action, new FormUrlEncodedContent(posted));
    }

    private static IEnumerable<KeyValuePair<string, string>> Field(IElement element) => element switch
    {
        IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false } => [],
        IHtmlInputElement { Type: "submit" or "button" } => [],
        IHtmlInputElement input => [new(input.Name ?? "", input.Value)],
        IHtmlTextAreaElement area => [new(area.Name ?? "", area.Value)],
        IHtmlSelectElement select => [new(select.Name ?? "", select.Value ?? "")],
        _ => [],
    };
}
