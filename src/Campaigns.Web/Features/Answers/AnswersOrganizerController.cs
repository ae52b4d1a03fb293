using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Cases;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Answers;

/// <summary>The organizer's page where officials' replies are recorded, corrected or withdrawn.</summary>
[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/campaigns/{slug}/answers")]
public class AnswersOrganizerController(OrganizerAnswers pages) : Controller
{
    private const string PageView = "/Features/Answers/Views/Organizer.cshtml";
    private const long MaxForm = 50 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken ct)
    {
        var page = await pages.PageAsync(User, slug, ct);
        return page.IsOk ? View(PageView, page.Value) : Refused(page);
    }

    [HttpPost("{targetId:guid}")]
    [RequestSizeLimit(MaxForm)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxForm)]
    [RefuseCutOffUploads]
    public async Task<IActionResult> Record(
        string slug, Guid targetId, [FromForm] AnswerInput input, IFormFile? document, [FromServices] AnswerInput.Validator validator,
        [FromServices] RecordAnswer record, [FromServices] AnswerDocuments documents, [FromServices] IOptions<AnswersOptions> options, CancellationToken ct)
    {
        ModelState.Clear();
        var validation = await validator.ValidateAsync(input, ct);
        var upload = document is null ? new UploadRead(null, false) : await PhotoUpload.ReadAsync(document.OpenReadStream(), options.Value.MaxDocumentBytes, ct);
        var result = !validation.IsValid ? OrganizerResult<OfficialAnswerRow>.Invalid(validation.Errors)
            : upload.TooLarge ? OrganizerResult<OfficialAnswerRow>.Invalid(AnswerDocuments.Field, documents.TooLarge)
            : await record.HandleAsync(User, slug, targetId, input, upload.Content, ct);
        return result.Outcome is OrganizerOutcome.Invalid or OrganizerOutcome.Conflict
            ? await AgainAsync(slug, targetId, input, result, ct)
            : Done(slug, targetId, result);
    }

    [HttpPost("{targetId:guid}/remove")]
    public async Task<IActionResult> Remove(string slug, Guid targetId, [FromServices] WithdrawAnswer withdraw, CancellationToken ct) =>
        Done(slug, targetId, await withdraw.AnswerAsync(User, slug, targetId, ct));

    [HttpPost("{targetId:guid}/document/remove")]
    public async Task<IActionResult> RemoveDocument(string slug, Guid targetId, [FromServices] WithdrawAnswer withdraw, CancellationToken ct) =>
        Done(slug, targetId, await withdraw.DocumentAsync(User, slug, targetId, ct));

    [HttpPost("wait")]
    public async Task<IActionResult> Wait(
        string slug, [FromForm] AnswerWaitInput input, [FromServices] AnswerWaitInput.Validator validator, [FromServices] SetAnswerWait wait, CancellationToken ct)
    {
        ModelState.Clear();
        var validation = await validator.ValidateAsync(input, ct);
        var result = validation.IsValid ? await wait.HandleAsync(User, slug, input, ct) : OrganizerResult<AnswerBoardView>.Invalid(validation.Errors);
        return result.Outcome == OrganizerOutcome.Invalid ? await AgainAsync(slug, null, null, result, ct) : Done(slug, null, result);
    }

    private async Task<IActionResult> AgainAsync<T>(string slug, Guid? targetId, AnswerInput? input, OrganizerResult<T> result, CancellationToken ct)
    {
        var page = await pages.PageAsync(User, slug, ct);
        if (!page.IsOk)
        {
            return Refused(page);
        }
        var errors = result.Outcome == OrganizerOutcome.Conflict ? [new ValidationFailure("", result.Message)] : result.Errors;
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        Response.StatusCode = result.Outcome == OrganizerOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View(PageView, page.Value! with { Failed = targetId, Input = input });
    }

    private IActionResult Done<T>(string slug, Guid? targetId, OrganizerResult<T> result) =>
        result.IsOk ? Redirect(AnswerLinks.Organizer(slug) + (targetId is { } id ? $"#answer-{id}" : "#wait")) : Refused(result);

    private ViewResult Refused<T>(OrganizerResult<T> result)
    {
        Response.StatusCode = result.Outcome == OrganizerOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
        return View("/Features/Organizer/Views/Unavailable.cshtml", result.Outcome);
    }
}
