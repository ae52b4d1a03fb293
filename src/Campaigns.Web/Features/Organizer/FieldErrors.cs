using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Campaigns.Web.Features.Organizer;

/// <summary>The messages for one form field, shown beside it as well as in the summary at the top of the form.</summary>
public static class FieldErrors
{
    public static IHtmlContent For(ModelStateDictionary state, string field) =>
        state.TryGetValue(field, out var entry) && entry.Errors.Count > 0
            ? new HtmlString($"<span class=\"field-error\">{HtmlEncoder.Default.Encode(string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)))}</span>")
            : HtmlString.Empty;
}
