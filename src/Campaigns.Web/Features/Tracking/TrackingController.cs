using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Tracking;

/// <summary>The tracking view for families: the support for a campaign or a person, with no signer's personal data.</summary>
public class TrackingController(TrackingViewBuilder builder) : Controller
{
    [HttpGet("campaigns/{slug}/tracking")]
    public Task<IActionResult> Campaign(string slug, string? range, CancellationToken ct) => ShowAsync(SubjectKind.Campaign, slug, range, ct);

    [HttpGet("cases/{slug}/tracking")]
    public Task<IActionResult> Case(string slug, string? range, CancellationToken ct) => ShowAsync(SubjectKind.Case, slug, range, ct);

    private async Task<IActionResult> ShowAsync(SubjectKind kind, string slug, string? range, CancellationToken ct) =>
        await builder.BuildAsync(kind, slug, ParseRange(range), ct) is { } view ? View("Show", view) : NotFound();

    public static ChartRange ParseRange(string? range) => range switch
    {
        "90" => ChartRange.Days90,
        "all" => ChartRange.All,
        _ => ChartRange.Days30,
    };

    public static string RangeParameter(ChartRange range) => range switch
    {
        ChartRange.Days90 => "90",
        ChartRange.All => "all",
        _ => "30",
    };
}
