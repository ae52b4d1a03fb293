using System.Security.Claims;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Cases;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Paper;

public static class PaperApi
{
    public static RouteGroupBuilder MapPaperApi(this RouteGroupBuilder api)
    {
        var batches = api.MapGroup("/organizer/campaigns/{slug}/paper-batches")
            .RequireAuthorization(IdentitySetup.OrganizerPolicy)
            .WithTags("Paper");
        batches.MapGet("", async (string slug, PaperBatchQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
                ToResponse(await queries.ListAsync(user, slug, ct), TypedResults.Ok))
            .Guarded().ProducesProblem(StatusCodes.Status404NotFound).WithName("ListPaperBatches")
            .WithSummary("The campaign's batches of signatures gathered on paper, latest day first, with the total on paper.")
            .Produces<PaperBatches>();
        batches.MapPost("", CreateAsync)
            .Guarded().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).WithName("CreatePaperBatch")
            .WithSummary("Record a batch of paper signatures: count (1 to 100,000 by default), the day signed (not in the future, not after the campaign closed), place and an optional note. It joins every total, apart as \"on paper\", once counted.")
            .Produces<PaperBatchView>(StatusCodes.Status201Created).ProducesValidationProblem();
        batches.MapDelete("/{batchId:guid}", async (string slug, Guid batchId, PaperBatchCommands commands, ClaimsPrincipal user, CancellationToken ct) =>
                ToResponse(await commands.RemoveAsync(user, slug, batchId, ct), _ => TypedResults.NoContent()))
            .Guarded().ProducesProblem(StatusCodes.Status404NotFound).WithName("DeletePaperBatch")
            .WithSummary("Remove a batch with its scans; its count leaves the totals.")
            .Produces(StatusCodes.Status204NoContent);
        batches.MapPost("/{batchId:guid}/scans", AddScanAsync)
            .Guarded().ProducesProblem(StatusCodes.Status404NotFound).WithName("AddPaperScan")
            .WithSummary("Attach a scan of a sheet, as a multipart field \"scans\" or as the raw JPEG, PNG or WebP body (at most 10 MB by default). It is decoded and re-encoded as JPEG without metadata; only members who may see signer data can fetch it.")
            .Produces<ScanCreated>(StatusCodes.Status201Created).ProducesValidationProblem();
        batches.MapGet("/{batchId:guid}/scans/{scanId:guid}", ScanAsync)
            .Guarded().ProducesProblem(StatusCodes.Status404NotFound).WithName("GetPaperScan")
            .WithSummary("A scan of a sheet, as JPEG; never cached.")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg");
        return api;
    }

    public sealed record ScanCreated(Guid Id);

    private static async Task<IResult> CreateAsync(
        string slug, PaperBatchInput input, PaperBatchInput.Validator validator, PaperBatchCommands commands, ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        return !validation.IsValid
            ? ApiResults.Invalid(validation)
            : ToResponse(await commands.CreateAsync(user, slug, input, [], ct),
                b => TypedResults.Created($"/api/organizer/campaigns/{slug}/paper-batches/{b.Id}", b));
    }

    private static async Task<IResult> AddScanAsync(
        string slug, Guid batchId, HttpContext http, PaperBatchCommands commands, IOptions<PaperOptions> options, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var max = options.Value.MaxScanBytes;
        PhotoUpload.AllowBody(http, max);
        var upload = await PhotoUpload.ReadAsync(http.Request, max, ct);
        if (upload.CutOff)
        {
            return UploadForm.CutOffProblem(PaperBatchCommands.ScansField, l);
        }
        if (upload.TooLarge)
        {
            return TypedResults.Problem(ScanProcessor.TooLarge(l, max), statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large.");
        }
        return ToResponse(await commands.AddScanAsync(http.User, slug, batchId, upload.Content, ct),
            id => TypedResults.Created($"/api/organizer/campaigns/{slug}/paper-batches/{batchId}/scans/{id}", new ScanCreated(id)));
    }

    private static async Task<IResult> ScanAsync(string slug, Guid batchId, Guid scanId, HttpContext http, PaperBatchQueries queries, CancellationToken ct)
    {
        var result = await queries.ScanAsync(http.User, slug, batchId, scanId, ct);
        if (!result.IsOk)
        {
            return ToResponse(result, _ => TypedResults.Ok());
        }
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(result.Value!.Content, result.Value.ContentType);
    }
}
