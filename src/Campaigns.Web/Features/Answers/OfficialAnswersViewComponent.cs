using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Answers;

/// <summary>The campaign's officials and their answers, on the campaign page and its tracking page.</summary>
public class OfficialAnswersViewComponent(AnswerBoard board) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string slug) =>
        await board.PublicAsync(slug, HttpContext.RequestAborted) is { Officials.Count: > 0 } view
            ? View("/Features/Answers/Views/_Answers.cshtml", view)
            : Content("");
}
