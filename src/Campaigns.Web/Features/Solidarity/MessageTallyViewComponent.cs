using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>A case's message counts: on its tracking page, and with the links to review and print on its organizer page.</summary>
public class MessageTallyViewComponent(MessageCounts counts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string slug, bool forOrganizers = false)
    {
        var ct = HttpContext.RequestAborted;
        return forOrganizers
            ? View("/Features/Solidarity/Views/_OrganizerTally.cshtml", (slug, await counts.CountNowAsync(slug, ct)))
            : View("/Features/Solidarity/Views/_TrackingTally.cshtml", (slug, await counts.ForCaseAsync(slug, ct)));
    }
}
