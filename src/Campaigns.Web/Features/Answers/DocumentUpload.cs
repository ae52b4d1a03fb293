using Campaigns.Web.Features.Cases;
using Campaigns.Web.Infrastructure;

namespace Campaigns.Web.Features.Answers;

/// <summary>Reads an answer's document from a multipart form (field "document") or from a raw body, never beyond the size limit.</summary>
public static class DocumentUpload
{
    public static async Task<UploadRead> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return await PhotoUpload.ReadAsync(request.Body, maxBytes, ct);
        }
        if (await UploadForm.ReadAsync(request, ct) is not { } form)
        {
            return new UploadRead(null, false, CutOff: true);
        }
        var file = form.Files[AnswerDocuments.Field] ?? form.Files.FirstOrDefault();
        return file is null ? new UploadRead(null, false) : await PhotoUpload.ReadAsync(file.OpenReadStream(), maxBytes, ct);
    }
}
