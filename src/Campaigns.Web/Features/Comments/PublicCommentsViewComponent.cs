using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Comments;

public class PublicCommentsViewComponent(PublicComments comments) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string slug) =>
        View("/Features/Comments/Views/_PublicComments.cshtml", await comments.ForCampaignAsync(slug, HttpContext.RequestAborted));
}
