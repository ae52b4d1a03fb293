using Campaigns.Web.Features.Counting;
using Campaigns.Web.Features.Tracking;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Embeds;

/// <summary>
/// Counters for other websites: a page meant for an iframe (the one kind of page that may be framed,
/// see SecurityHeaders) and an SVG badge. Both come from the output cache, renewed when the counts change.
/// </summary>
public class EmbedsController(TrackedSubjects subjects, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("embed/campaigns/{slug}"), OutputCache(PolicyName = TrackingApi.CountsPolicy)]
    public Task<IActionResult> Campaign(string slug, CancellationToken ct) => CounterAsync(SubjectKind.Campaign, slug, ct);

    [HttpGet("embed/cases/{slug}"), OutputCache(PolicyName = TrackingApi.CountsPolicy)]
    public Task<IActionResult> Case(string slug, CancellationToken ct) => CounterAsync(SubjectKind.Case, slug, ct);

    [HttpGet("campaigns/{slug}/badge.svg"), OutputCache(PolicyName = TrackingApi.CountsPolicy)]
    public Task<IActionResult> CampaignBadge(string slug, string? label, CancellationToken ct) => BadgeAsync(SubjectKind.Campaign, slug, label, ct);

    [HttpGet("cases/{slug}/badge.svg"), OutputCache(PolicyName = TrackingApi.CountsPolicy)]
    public Task<IActionResult> CaseBadge(string slug, string? label, CancellationToken ct) => BadgeAsync(SubjectKind.Case, slug, label, ct);

    private async Task<IActionResult> CounterAsync(SubjectKind kind, string slug, CancellationToken ct)
    {
        if (await subjects.FindAsync(kind, slug, ct) is not { } subject)
        {
            return NotFound();
        }
        var view = new EmbedView(subject, subject.Tally);
        var version = $"{kind}|{slug}|{subject.Name}|{view.Tally}|{System.Globalization.CultureInfo.CurrentUICulture.Name}";
        return ConditionalGet.IsNotModified(HttpContext, ConditionalGet.ETagOf(version), TrackingApi.CountsMaxAgeSeconds)
            ? StatusCode(StatusCodes.Status304NotModified)
            : View("Counter", view);
    }

    private async Task<IActionResult> BadgeAsync(SubjectKind kind, string slug, string? label, CancellationToken ct)
    {
        if (await subjects.FindAsync(kind, slug, ct) is not { } subject)
        {
            return NotFound();
        }
        var caption = string.IsNullOrWhiteSpace(label) ? null : Truncate(label.Trim());
        var svg = Badge.Render(caption, Figure(subject));
        return ConditionalGet.IsNotModified(HttpContext, ConditionalGet.ETagOf(svg), TrackingApi.CountsMaxAgeSeconds)
            ? StatusCode(StatusCodes.Status304NotModified)
            : Content(svg, Badge.ContentType);
    }

    /// <summary>The count in words: "12,345 signatures", letters, co-signing organisations, or a mix for a person.</summary>
    private string Figure(TrackedSubject subject) =>
        subject.Kind == SubjectKind.Campaign
            ? SupportText.Figure(SupportText.Plain(l), subject.Campaigns[0].Support, subject.Tally.Total.ToString("N0"))
            : SupportText.Figure(SupportText.Plain(l), subject.Tally, subject.Tally.Total.ToString("N0"));

    private static string Truncate(string label) =>
        label.Length <= Badge.MaxLabelLength ? label : label[..Badge.MaxLabelLength];
}
