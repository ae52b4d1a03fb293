using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Letters;

[Route("campaigns/{slug}")]
public class LettersController(PrintableLetters printable) : Controller
{
    public const string PrintableView = "/Features/Letters/Views/Printable.cshtml";

    /// <summary>The letter ready to print: one page per target, or only the one chosen.</summary>
    [HttpGet("letter")]
    public async Task<IActionResult> Printable(string slug, Guid? target, CancellationToken ct) =>
        await printable.BuildAsync(slug, target, ct) is { } letter ? View(PrintableView, letter) : NotFound();
}
