using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Infrastructure;

/// <summary>
/// Reads a multipart form, telling one cut off before its end (an interrupted upload: the form stops in the
/// middle of a part) from one read whole, so the sender hears why and nothing of it is used.
/// </summary>
public static class UploadForm
{
    /// <summary>The form, or null when it was cut off.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await request.ReadFormAsync(ct);
        }
        // A BadHttpRequestException is an IOException too: a body over its limit keeps its own answer.
        catch (IOException e) when (e is not BadHttpRequestException)
        {
            return null;
        }
    }

    public static string CutOff(IStringLocalizer<SharedResource> l) => l["The upload was cut off before it was complete. Send the file again."];

    public static IResult CutOffProblem(string field, IStringLocalizer<SharedResource> l) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [CutOff(l)] }, title: "The request has invalid fields.");
}
