using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Targets;

/// <summary>Takes the CSV out of an import request: a text/csv body, or the "file" part of a multipart form.</summary>
public static class ImportFile
{
    public static async Task<(byte[]? Bytes, IResult? Problem)> ReadAsync(HttpRequest request, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (request.ContentLength > TargetCsv.MaxBytes)
        {
            return (null, TooLarge(l));
        }
        try
        {
            if (request.HasFormContentType)
            {
                if (await UploadForm.ReadAsync(request, ct) is not { } form)
                {
                    return (null, UploadForm.CutOffProblem("file", l));
                }
                var file = form.Files.GetFile("file");
                return file is null
                    ? (null, Invalid(l["Attach the CSV file as the form field 'file'."]))
                    : file.Length > TargetCsv.MaxBytes ? (null, TooLarge(l)) : (await BytesAsync(file.OpenReadStream(), ct), null);
            }
            if (request.ContentType is { } type && type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
            {
                return (await BytesAsync(request.Body, ct), null);
            }
        }
        catch (InvalidDataException)
        {
            return (null, TooLarge(l));
        }
        return (null, TypedResults.Problem(l["Send the CSV as a text/csv body or as the 'file' part of a multipart/form-data form."],
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type."));
    }

    public static async Task<byte[]> BytesAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > TargetCsv.MaxBytes)
            {
                throw new InvalidDataException("The file is too large.");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static IResult Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] }, title: "The request has invalid fields.");

    private static IResult TooLarge(IStringLocalizer<SharedResource> l) =>
        TypedResults.Problem(l["The file is larger than {0:N0} KB. Split it into smaller files.", TargetCsv.MaxBytes / 1024],
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large.");
}
