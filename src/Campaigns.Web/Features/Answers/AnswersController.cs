using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Answers;

[Route("campaigns/{slug}/answers")]
public class AnswersController(AnswerDocumentFile files) : Controller
{
    /// <summary>
    /// An image (re-encoded by the site) is shown in the browser; a PDF, which can carry script and links, is only
    /// ever downloaded, never rendered as part of the site.
    /// </summary>
    [HttpGet("{targetId:guid}/document")]
    public async Task<IActionResult> Document(string slug, Guid targetId, CancellationToken ct)
    {
        if (await files.FindAsync(slug, targetId, ct) is not { } file)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "public, max-age=300";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return file.ContentType == AnswerDocuments.Pdf
            ? File(file.Content, file.ContentType, file.FileName)
            : File(file.Content, file.ContentType);
    }
}
