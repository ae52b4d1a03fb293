using System.Security.Claims;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Targets;

public static class TargetsApi
{
    public static RouteGroupBuilder MapTargetsApi(this RouteGroupBuilder api)
    {
        var targets = api.MapGroup("/organizer/targets").RequireAuthorization(IdentitySetup.OrganizerPolicy).WithTags("Targets");
        targets.MapGet("/", ListAsync).Guarded()
            .WithName("ListTargets")
            .WithSummary("The directory of targets of the caller's organisations, by name; q searches name, title and organisation; retired targets only with includeRetired=true.")
            .Produces<ListTargets.Response>()
            .ProducesValidationProblem();
        targets.MapGet("/import-template.csv", () => TypedResults.File(ImportTemplate.Bytes(), "text/csv; charset=utf-8", ImportTemplate.FileName))
            .WithName("TargetImportTemplate")
            .WithSummary("A CSV file with the import columns and one example row.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        targets.MapGet("/{id:guid}", GetAsync).Guarded()
            .WithName("GetTarget")
            .WithSummary("One target of the directory, with its delivery policy.")
            .Produces<TargetDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        targets.MapPost("/", CreateAsync).Guarded()
            .WithName("CreateTarget")
            .WithSummary("Add an official to the directory. The channel defaults to email when an email address is given, post otherwise.")
            .Produces<TargetDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        targets.MapPut("/{id:guid}", UpdateAsync).Guarded()
            .WithName("UpdateTarget")
            .WithSummary("Replace a target's details and delivery policy.")
            .Produces<TargetDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        targets.MapDelete("/{id:guid}", (Guid id, SaveTarget save, ClaimsPrincipal user, CancellationToken ct) => RetireAsync(id, true, save, user, ct)).Guarded()
            .WithName("RetireTarget")
            .WithSummary("Retire a target: it stays on the campaigns that address it, with its ledger, but cannot be added to new ones.")
            .Produces<TargetDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        targets.MapPost("/{id:guid}/restore", (Guid id, SaveTarget save, ClaimsPrincipal user, CancellationToken ct) => RetireAsync(id, false, save, user, ct)).Guarded()
            .WithName("RestoreTarget")
            .WithSummary("Bring a retired target back into the directory.")
            .Produces<TargetDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        targets.MapPost("/import", ImportAsync).Guarded()
            .WithName("ImportTargets")
            .WithSummary($"Add targets from a UTF-8 CSV file (a text/csv body, or the 'file' part of a multipart form), at most {TargetCsv.MaxRows} rows: all of them, or none when any row is invalid (errors are named rows[N].field, N the row in the file, the header being row 1).")
            .Accepts<string>("text/csv", "multipart/form-data")
            .Produces<ImportTargets.Response>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(TargetCsv.MaxBytes + 64 * 1024))
            .DisableAntiforgery();
        var nfa = api.MapGroup("/organizer/campaigns/{slug}/targets/{targetId:guid}/no-further-action")
            .RequireAuthorization(IdentitySetup.OrganizerPolicy).WithTags("Organizer");
        nfa.MapPost("/", MarkAsync).Guarded()
            .WithName("MarkNoFurtherAction")
            .WithSummary("Ask nothing more of this target in this campaign: deliveries to it are held, and the public page says so. The reason is for organizers.")
            .Produces<NoFurtherAction.State>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        nfa.MapDelete("/", LiftAsync).Guarded()
            .WithName("LiftNoFurtherAction")
            .WithSummary("Lift \"no further action\" for this target in this campaign.")
            .Produces<NoFurtherAction.State>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/organizer/campaigns/{slug}/targets/{targetId:guid}/on-behalf-of", OnBehalfOfAsync)
            .RequireAuthorization(IdentitySetup.OrganizerPolicy).WithTags("Organizer").Guarded()
            .WithName("AddressTargetOnBehalfOf")
            .WithSummary("Say which of the campaign's people (by case slug) this target is addressed about; ending action for that person holds the letters to it. An empty caseSlug addresses it about everyone.")
            .Produces<AddressOnBehalfOf.State>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ListAsync(
        string? q, bool? includeRetired, int? page, int? pageSize, ListTargets.Validator validator, ListTargets.Handler handler,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var request = new ListTargets.Request { Q = q, IncludeRetired = includeRetired ?? false, Page = page, PageSize = pageSize };
        var validation = await validator.ValidateAsync(request, ct);
        return validation.IsValid ? TypedResults.Ok(await handler.HandleAsync(user, request, ct)) : ApiResults.Invalid(validation);
    }

    private static async Task<IResult> GetAsync(Guid id, SaveTarget save, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await save.GetAsync(user, id, ct), TypedResults.Ok);

    private static async Task<IResult> CreateAsync(
        TargetRequest request, TargetValidator validator, SaveTarget save, ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid
            ? ApiResults.Invalid(validation)
            : ToResponse(await save.CreateAsync(user, request, ct), t => TypedResults.Created($"/api/organizer/targets/{t.Id}", t));
    }

    private static async Task<IResult> UpdateAsync(
        Guid id, TargetRequest request, TargetValidator validator, SaveTarget save, ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid ? ApiResults.Invalid(validation) : ToResponse(await save.UpdateAsync(user, id, request, ct), TypedResults.Ok);
    }

    private static async Task<IResult> RetireAsync(Guid id, bool retired, SaveTarget save, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await save.SetRetiredAsync(user, id, retired, ct), TypedResults.Ok);

    private static async Task<IResult> ImportAsync(
        HttpRequest http, Guid? organisationId, ImportTargets.Handler handler, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (bytes, problem) = await ImportFile.ReadAsync(http, l, ct);
        return problem ?? ToResponse(await handler.HandleAsync(user, organisationId, bytes!, ct),
            r => TypedResults.Created("/api/organizer/targets", r));
    }

    private static async Task<IResult> MarkAsync(
        string slug, Guid targetId, NoFurtherAction.Request? request, NoFurtherAction.Validator validator, NoFurtherAction.Handler handler,
        ClaimsPrincipal user, CancellationToken ct)
    {
        request ??= new NoFurtherAction.Request();
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid ? ApiResults.Invalid(validation) : ToResponse(await handler.HandleAsync(user, slug, targetId, request, ct), TypedResults.Ok);
    }

    private static async Task<IResult> LiftAsync(string slug, Guid targetId, NoFurtherAction.Handler handler, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await handler.HandleAsync(user, slug, targetId, null, ct), TypedResults.Ok);

    private static async Task<IResult> OnBehalfOfAsync(
        string slug, Guid targetId, AddressOnBehalfOf.Request? request, AddressOnBehalfOf.Handler handler, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await handler.HandleAsync(user, slug, targetId, request ?? new AddressOnBehalfOf.Request(), ct), TypedResults.Ok);
}
