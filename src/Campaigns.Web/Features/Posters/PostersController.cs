using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Posters;

/// <summary>A campaign's poster, ready to print on A4 or Letter, for supporters and organizers alike.</summary>
public class PostersController(PosterQueries posters) : Controller
{
    public const string ShowView = "/Features/Posters/Views/Show.cshtml";

    public static string Link(string slug) => $"/campaigns/{slug}/poster";

    [HttpGet("campaigns/{slug}/poster")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await posters.FindAsync(slug, ct) is { } poster ? View(ShowView, poster) : NotFound();
}
