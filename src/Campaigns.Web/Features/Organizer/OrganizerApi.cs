using System.Security.Claims;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Infrastructure;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Organizer;

public static class OrganizerApi
{
    public static RouteGroupBuilder MapOrganizerApi(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/organizer/campaigns")
            .RequireAuthorization(IdentitySetup.OrganizerPolicy)
            .WithTags("Organizer");
        campaigns.MapPost("/", CreateAsync).Guarded()
            .WithName("CreateCampaign")
            .WithSummary("Create a petition as a draft, with its targets and the cases it concerns.")
            .Produces<OrganizerCampaign>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapGet("/", ListAsync).Guarded()
            .WithName("ListMyCampaigns")
            .WithSummary("The campaigns of the caller's organisations (every campaign for an admin), with confirmed and pending counts.")
            .Produces<ListMyCampaigns.Response>();
        campaigns.MapGet("/{slug}", GetAsync).Guarded()
            .WithName("GetMyCampaign")
            .WithSummary("One campaign as its organizers see it, drafts included.")
            .Produces<OrganizerCampaign>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapPut("/{slug}", UpdateAsync).Guarded()
            .WithName("UpdateCampaign")
            .WithSummary("Replace a campaign's summary, goal and deadline; on a draft also its title, full text, targets and cases (leave targets and cases out to keep them). A published campaign must be sent its current title and full text.")
            .Produces<OrganizerCampaign>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapPost("/{slug}/publish", PublishAsync).Guarded()
            .WithName("PublishCampaign")
            .WithSummary("Publish a draft: it becomes visible and open for signatures.")
            .Produces<OrganizerCampaign>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapPost("/{slug}/close", CloseAsync).Guarded()
            .WithName("CloseCampaign")
            .WithSummary("Close a published campaign with a message shown on its page; signing stops.")
            .Produces<OrganizerCampaign>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapGet("/{slug}/signatures", SignaturesAsync).Guarded()
            .WithName("ListSignatures")
            .WithSummary("Signatures newest first, with signers' email addresses; status is confirmed, pending or all (the default).")
            .Produces<ListSignatures.Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{slug}/signatures.csv", ExportAsync).Guarded()
            .RequireRateLimiting(RateLimits.SignerExports)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("ExportSignatures")
            .WithSummary("Signatures as CSV, confirmed only unless status=all or status=pending. Cells that a spreadsheet would run as formulas are prefixed with an apostrophe.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    // Every route answers 401 without credentials and 403 for a campaign of another organisation.

    private static async Task<IResult> CreateAsync(
        CreateCampaign.Request request, CreateCampaign.Validator validator, CreateCampaign.Handler handler,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid
            ? ApiResults.Invalid(validation)
            : ToResponse(await handler.HandleAsync(user, request, ct), c => TypedResults.Created($"/api/organizer/campaigns/{c.Slug}", c));
    }

    private static async Task<IResult> ListAsync(ListMyCampaigns.Handler handler, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(user, ct));

    private static async Task<IResult> GetAsync(string slug, GetCampaign.Handler handler, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await handler.HandleAsync(user, slug, ct), TypedResults.Ok);

    private static async Task<IResult> UpdateAsync(
        string slug, UpdateCampaign.Request request, UpdateCampaign.Validator validator, UpdateCampaign.Handler handler,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid ? ApiResults.Invalid(validation) : ToResponse(await handler.HandleAsync(user, slug, request, ct), TypedResults.Ok);
    }

    private static async Task<IResult> PublishAsync(string slug, PublishCampaign.Handler handler, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await handler.HandleAsync(user, slug, ct), TypedResults.Ok);

    private static async Task<IResult> CloseAsync(
        string slug, CloseCampaign.Request request, CloseCampaign.Validator validator, CloseCampaign.Handler handler,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid ? ApiResults.Invalid(validation) : ToResponse(await handler.HandleAsync(user, slug, request, ct), TypedResults.Ok);
    }

    private static async Task<IResult> SignaturesAsync(
        string slug, string? status, int? page, int? pageSize, ListSignatures.Validator validator, ListSignatures.Handler handler,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var request = new ListSignatures.Request { Status = status, Page = page, PageSize = pageSize };
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid ? ApiResults.Invalid(validation) : ToResponse(await handler.HandleAsync(user, slug, request, ct), TypedResults.Ok);
    }

    private static async Task<IResult> ExportAsync(string slug, string? status, ExportSignatures.Handler handler, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await handler.HandleAsync(user, slug, status, ct), export => new SignatureCsvResult(export));
}
