using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Series;

/// <summary>The campaign page's line about its series and the action status of each person it concerns.</summary>
public class UrgentActionViewComponent(SeriesQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string slug)
    {
        var panel = await queries.PanelAsync(slug, publicOnly: true, HttpContext.RequestAborted);
        var worthShowing = panel is not null && (panel.Series is not null || panel.People.Count > 1
            || panel.People.Any(p => p.Status != Domain.ActionStatus.Continues));
        return worthShowing ? View("/Features/Series/Views/_UrgentAction.cshtml", panel) : Content("");
    }
}
