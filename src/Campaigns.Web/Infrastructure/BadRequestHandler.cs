using System.Text.Json;
using System.Text.RegularExpressions;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Infrastructure;

/// <summary>
/// Turns a request body the API could not read into the same problem document as a validation failure,
/// naming the field at fault: a wrong type, malformed JSON, or a body over the size limit.
/// </summary>
public partial class BadRequestHandler(IStringLocalizer<SharedResource> l) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad || http.Response.HasStarted)
        {
            return false;
        }
        IResult result = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? TypedResults.Problem(l["The request body is larger than this endpoint accepts."],
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large.")
            : TypedResults.ValidationProblem(FieldErrors(bad), title: "The request has invalid fields.");
        await result.ExecuteAsync(http);
        return true;
    }

    private Dictionary<string, string[]> FieldErrors(BadHttpRequestException bad) =>
        bad.InnerException is JsonException { Path: { Length: > 1 } path }
            ? new() { [path.TrimStart('$', '.')] = [l["This field has a value of the wrong type or format."]] }
            : bad.InnerException is JsonException
                ? new() { ["body"] = [l["The request body is not valid JSON."]] }
                : new() { [ParameterName(bad.Message)] = [l["This value has the wrong type or format."]] };

    private static string ParameterName(string message) =>
        BindingFailure().Match(message) is { Success: true } match ? match.Groups["name"].Value : "request";

    [GeneratedRegex("""parameter "(?:[^"]*\s)?(?<name>\w+)" from""")]
    private static partial Regex BindingFailure();
}
