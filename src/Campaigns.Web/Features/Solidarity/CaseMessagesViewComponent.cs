using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>The newest approved messages and the way to write one, on the case page.</summary>
public class CaseMessagesViewComponent(PublicMessages messages) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string slug) =>
        await messages.PageAsync(slug, 1, HttpContext.RequestAborted) is { } page
            ? View("/Features/Solidarity/Views/_CaseMessages.cshtml", page)
            : Content("");
}
