using Campaigns.Web.Infrastructure;

namespace Campaigns.Web.Features.Cases;

public sealed record UploadRead(byte[]? Content, bool TooLarge, bool CutOff = false);

/// <summary>Reads an uploaded photo from a multipart form (field "photo") or from a raw image body, never beyond the size limit; a form cut off before its end is told apart.</summary>
public static class PhotoUpload
{
    public static async Task<UploadRead> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            if (await UploadForm.ReadAsync(request, ct) is not { } form)
            {
                return new UploadRead(null, false, CutOff: true);
            }
            var file = form.Files[CasePhotos.Field] ?? form.Files.FirstOrDefault();
            return file is null ? new UploadRead(null, false) : await ReadAsync(file.OpenReadStream(), maxBytes, ct);
        }
        return await ReadAsync(request.Body, maxBytes, ct);
    }

    public static async Task<UploadRead> ReadAsync(Stream stream, int maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return new UploadRead(null, true);
            }
        }
        return new UploadRead(buffer.ToArray(), false);
    }

    /// <summary>Lets a photo through the site-wide request limit, with room for the form around it.</summary>
    public static void AllowBody(HttpContext http, int maxBytes)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + 64 * 1024;
        }
    }
}
