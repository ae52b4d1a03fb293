using Campaigns.Web.Domain;
using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Campaigns.Web.Features.Cases;

public sealed record CaseListPage(CaseList List, string? Query, string? Country, string? Status, bool UnknownStatus = false);

public sealed record CaseProfilePage(CaseDetail Case, string? BiographyHtml, DateOnly Today);

[Route("cases")]
public class CasesController(CaseQueries queries, TimeProvider clock) : Controller
{
    public const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? country, string? status, int page = 1, CancellationToken ct = default)
    {
        CaseStatus? wanted = CaseStatuses.TryParse(status, out var parsed) ? parsed : null;
        var list = await queries.ListAsync(new CaseSearch(q, country, wanted, page, PageSize), ct);
        return View(new CaseListPage(list, q, country, wanted?.ToString(), !string.IsNullOrWhiteSpace(status) && wanted is null));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        if (await queries.GetAsync(slug, ct) is not { } found)
        {
            return NotFound();
        }
        var biography = found.Biography is { } markdown ? MarkdownRenderer.ToHtml(markdown) : null;
        return View(new CaseProfilePage(found, biography, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
    }

    /// <summary>Served from the site itself; the address carries the photo's version, so browsers may keep it for a year.</summary>
    [HttpGet("{slug}/photo")]
    public async Task<IActionResult> Photo(string slug, [FromServices] CasePhotos photos, CancellationToken ct) =>
        await photos.FindAsync(slug, ct) is { } photo ? Immutable(photo.Content, photo.ContentType, $"{photo.UpdatedAt.Ticks:x}") : NotFound();

    [HttpGet("{slug}/photo/thumbnail")]
    public async Task<IActionResult> Thumbnail(string slug, [FromServices] CaseThumbnails thumbnails, CancellationToken ct) =>
        await thumbnails.FindAsync(slug, ct) is { } small ? Immutable(small.Content, small.ContentType, $"{small.UpdatedAt.Ticks:x}-small") : NotFound();

    private IActionResult Immutable(byte[] content, string contentType, string version)
    {
        var etag = new EntityTagHeaderValue($"\"{version}\"");
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        Response.Headers.ETag = etag.ToString();
        if (Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }
        return File(content, contentType);
    }
}
