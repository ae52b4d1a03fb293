using System.Security.Claims;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Cases;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using static Campaigns.Web.Features.Cases.CaseResults;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Answers;

public static class AnswersApi
{
    public static RouteGroupBuilder MapAnswersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{slug}/answers", async (string slug, AnswerBoard board, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await board.PublicAsync(slug, ct) is { } view ? Results.Ok(view) : ApiResults.NotFound(l["There is no campaign '{0}'.", slug]))
            .WithTags("Campaigns").Produces<AnswerBoardView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetOfficialAnswers").WithSummary("Each official of a published campaign: their answer (date, summary, document link), or since when they have not answered.");
        var answers = api.MapGroup("/organizer/campaigns/{slug}/answers").RequireAuthorization(IdentitySetup.OrganizerPolicy).WithTags("Organizer answers");
        answers.MapGet("/", async (string slug, OrganizerAnswers pages, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await pages.PageAsync(u, slug, ct), p => TypedResults.Ok(p.Board)))
            .Guarded().Produces<AnswerBoardView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListOfficialAnswers").WithSummary("The campaign's officials and their answers, as the public page shows them.");
        answers.MapPut("/{targetId:guid}", (string slug, Guid targetId, AnswerInput r, AnswerInput.Validator v, RecordAnswer h, ClaimsPrincipal u, CancellationToken ct) =>
                ValidatedAsync(r, v, () => h.HandleAsync(u, slug, targetId, r, null, ct), TypedResults.Ok, ct))
            .Guarded().Changes().Produces<OfficialAnswerRow>()
            .WithName("RecordOfficialAnswer").WithSummary("Record an official's answer (receivedOn, not in the future; summary) or correct it. The first time, supporters who asked for updates and the cases' followers are emailed once.");
        answers.MapDelete("/{targetId:guid}", async (string slug, Guid targetId, WithdrawAnswer h, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await h.AnswerAsync(u, slug, targetId, ct), TypedResults.Ok))
            .Guarded().Produces<OfficialAnswerRow>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RemoveOfficialAnswer").WithSummary("Mark the official as not having answered: the recorded answer and its document are removed.");
        MapDocument(answers);
        answers.MapPut("/wait", (string slug, AnswerWaitInput r, AnswerWaitInput.Validator v, SetAnswerWait h, ClaimsPrincipal u, CancellationToken ct) =>
                ValidatedAsync(r, v, () => h.HandleAsync(u, slug, r, ct), TypedResults.Ok, ct))
            .Guarded().Changes().Produces<AnswerBoardView>()
            .WithName("SetAnswerWait").WithSummary("Set after how many days (1 to 365, 30 by default) an official's silence shows as \"no answer\".");
        return api;
    }

    private static void MapDocument(RouteGroupBuilder answers)
    {
        answers.MapPut("/{targetId:guid}/document", async (string slug, Guid targetId, HttpContext http, AttachAnswerDocument h, AnswerDocuments documents,
                IOptions<AnswersOptions> options, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var max = options.Value.MaxDocumentBytes;
                PhotoUpload.AllowBody(http, max);
                var upload = await DocumentUpload.ReadAsync(http.Request, max, ct);
                return upload.CutOff ? UploadForm.CutOffProblem(AnswerDocuments.Field, l)
                    : upload.TooLarge ? TypedResults.Problem(documents.TooLarge, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large.")
                    : ToResponse(await h.HandleAsync(http.User, slug, targetId, upload.Content, ct), TypedResults.Ok);
            })
            .Guarded().Changes().Produces<OfficialAnswerRow>().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithName("AttachOfficialAnswerDocument").WithSummary("Attach the answer itself, as a multipart field \"document\" or as the raw body: a PDF (served only as a download) or a JPEG, PNG or WebP image (re-encoded, metadata dropped); at most 10 MB by default.");
        answers.MapDelete("/{targetId:guid}/document", async (string slug, Guid targetId, WithdrawAnswer h, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await h.DocumentAsync(u, slug, targetId, ct), TypedResults.Ok))
            .Guarded().Produces<OfficialAnswerRow>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RemoveOfficialAnswerDocument").WithSummary("Remove the document attached to an official's answer; the answer stays.");
    }

    private static RouteHandlerBuilder Changes(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
