using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Series;

/// <summary>The campaign page's line about its series and the people it concerns, each with their action status and case page.</summary>
public class UrgentActionViewComponent(SeriesQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string slug)
    {
        var panel = await queries.PanelAsync(slug, publicOnly: true, HttpContext.RequestAborted);
        return panel is not null && (panel.Series is not null || panel.People.Count > 0) ? View("/Features/Series/Views/_UrgentAction.cshtml", panel) : Content("");
    }
}
