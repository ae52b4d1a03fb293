using Campaigns.Web.Features.Organizer;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Translations;

/// <summary>What the campaign and case translation pages share: refusals as status codes and messages beside the fields.</summary>
public abstract class TranslationPagesController : Controller
{
    public const string OverviewView = "/Features/Translations/Views/Overview.cshtml";

    protected abstract string UnavailableView { get; }

    protected IActionResult Unavailable(OrganizerOutcome outcome)
    {
        Response.StatusCode = StatusOf(outcome);
        return View(UnavailableView, outcome);
    }

    protected static bool IsUnavailable(OrganizerOutcome outcome) => outcome is OrganizerOutcome.NotFound or OrganizerOutcome.Forbidden;

    /// <summary>The messages of a refused change, each beside its field (the language's above the form); the answer's status.</summary>
    protected void Refuse<T>(OrganizerResult<T> result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.PropertyName == TranslationLanguage.Field ? "" : error.PropertyName, error.ErrorMessage);
        }
        if (result.Message.Length > 0)
        {
            ModelState.AddModelError("", result.Message);
        }
        Response.StatusCode = StatusOf(result.Outcome);
    }

    protected IActionResult Overview<T>(OrganizerResult<T> result, Func<T, TranslationOverview> overview) =>
        result.IsOk ? View(OverviewView, overview(result.Value!)) : Unavailable(result.Outcome);

    private static int StatusOf(OrganizerOutcome outcome) => outcome switch
    {
        OrganizerOutcome.NotFound => StatusCodes.Status404NotFound,
        OrganizerOutcome.Forbidden => StatusCodes.Status403Forbidden,
        OrganizerOutcome.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
