namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// A multipart form whose last part is cut off, as when an upload is interrupted: complete as far as HTTP goes
/// (its length is right), but the form ends in the middle of the file, without its closing boundary.
/// </summary>
public static class CutShortUpload
{
    private const int MissingBytes = 120;

    public static async Task<HttpContent> CutAsync(MultipartFormDataContent form)
    {
        var whole = await form.ReadAsByteArrayAsync();
        var cut = new ByteArrayContent(whole[..^MissingBytes]);
        cut.Headers.ContentType = form.Headers.ContentType;
        return cut;
    }
}
