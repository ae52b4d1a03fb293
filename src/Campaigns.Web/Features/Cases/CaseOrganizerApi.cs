using Campaigns.Web.Infrastructure;
using System.Security.Claims;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using static Campaigns.Web.Features.Cases.CaseResults;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Cases;

public static class CaseOrganizerApi
{
    public static RouteGroupBuilder MapCaseOrganizerApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/organizer/cases").RequireAuthorization(IdentitySetup.OrganizerPolicy).WithTags("Organizer cases");
        cases.MapPost("/", (CreateCase.Request r, CreateCase.Validator v, CreateCase.Handler h, ClaimsPrincipal u, CancellationToken ct) =>
                ValidatedAsync(r, v, () => h.HandleAsync(u, r, ct), c => TypedResults.Created($"/api/organizer/cases/{c.Slug}", c), ct))
            .Guarded().Changes().Produces<CaseDetail>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateCase").WithSummary("Create a case: a person at risk, with names in Latin and native script, status, detention and biography (Markdown).");
        cases.MapGet("/", async (ListMyCases.Handler h, ClaimsPrincipal u, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(u, ct)))
            .Guarded().Produces<MyCaseList>()
            .WithName("ListMyCases").WithSummary("The cases of the caller's organisations (every case for an admin).");
        cases.MapGet("/{slug}", async (string slug, GetMyCase.Handler h, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await h.HandleAsync(u, slug, ct), TypedResults.Ok))
            .Guarded().Produces<CaseDetail>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetMyCase").WithSummary("One case as its organizers see it.");
        cases.MapPut("/{slug}", (string slug, UpdateCase.Request r, UpdateCase.Validator v, UpdateCase.Handler h, ClaimsPrincipal u, CancellationToken ct) =>
                ValidatedAsync(r, v, () => h.HandleAsync(u, slug, r, ct), TypedResults.Ok, ct))
            .Guarded().Changes().Produces<CaseDetail>()
            .WithName("UpdateCase").WithSummary("Replace a case's profile; its address, advocates, updates and photo are kept.");
        MapAdvocates(cases);
        MapTimeline(cases);
        MapPhoto(cases);
        return api;
    }

    private static void MapAdvocates(RouteGroupBuilder cases)
    {
        cases.MapPost("/{slug}/advocates", (string slug, AdvocateInput r, AdvocateInput.Validator v, ManageAdvocates m, ClaimsPrincipal u, CancellationToken ct) =>
                ValidatedAsync(r, v, () => m.AddAsync(u, slug, r, ct), c => TypedResults.Created($"/api/organizer/cases/{c.Slug}", c), ct))
            .Guarded().Changes().Produces<CaseDetail>(StatusCodes.Status201Created)
            .WithName("AddCaseAdvocate").WithSummary("Add an advocate (kind Advocate, such as a legislator) or an advocacy partner (kind Partner, an organisation), listed last.");
        cases.MapPut("/{slug}/advocates/{id:guid}", (string slug, Guid id, AdvocateInput r, AdvocateInput.Validator v, ManageAdvocates m, ClaimsPrincipal u, CancellationToken ct) =>
                ValidatedAsync(r, v, () => m.UpdateAsync(u, slug, id, r, ct), TypedResults.Ok, ct))
            .Guarded().Changes().Produces<CaseDetail>()
            .WithName("UpdateCaseAdvocate").WithSummary("Replace an advocate's or partner's details.");
        cases.MapDelete("/{slug}/advocates/{id:guid}", async (string slug, Guid id, ManageAdvocates m, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await m.RemoveAsync(u, slug, id, ct), TypedResults.Ok))
            .Guarded().Produces<CaseDetail>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RemoveCaseAdvocate").WithSummary("Remove an advocate or partner from the case.");
        cases.MapPut("/{slug}/advocates/order", async (string slug, ManageAdvocates.OrderRequest r, ManageAdvocates m, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await m.ReorderAsync(u, slug, r, ct), TypedResults.Ok))
            .Guarded().Changes().Produces<CaseDetail>()
            .WithName("ReorderCaseAdvocates").WithSummary("Set the order advocates and partners are listed in: every id of the case, once, in the new order.");
    }

    private static void MapTimeline(RouteGroupBuilder cases)
    {
        cases.MapPost("/{slug}/updates", (string slug, CaseUpdateInput r, CaseUpdateInput.Validator v, CaseTimeline t, ClaimsPrincipal u, CancellationToken ct) =>
                ValidatedAsync(r, v, () => t.AddAsync(u, slug, r, ct), c => TypedResults.Created($"/api/organizer/cases/{c.Slug}", c), ct))
            .Guarded().Changes().Produces<CaseDetail>(StatusCodes.Status201Created)
            .WithName("AddCaseUpdate").WithSummary("Add a dated update to the case's timeline, with its source (publication, date, link).");
        cases.MapPut("/{slug}/updates/{id:guid}", (string slug, Guid id, CaseUpdateInput r, CaseUpdateInput.Validator v, CaseTimeline t, ClaimsPrincipal u, CancellationToken ct) =>
                ValidatedAsync(r, v, () => t.EditAsync(u, slug, id, r, ct), TypedResults.Ok, ct))
            .Guarded().Changes().Produces<CaseDetail>()
            .WithName("EditCaseUpdate").WithSummary("Correct an update on the case's timeline.");
        cases.MapDelete("/{slug}/updates/{id:guid}", async (string slug, Guid id, CaseTimeline t, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await t.DeleteAsync(u, slug, id, ct), TypedResults.Ok))
            .Guarded().Produces<CaseDetail>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("DeleteCaseUpdate").WithSummary("Delete an update from the case's timeline.");
    }

    private static void MapPhoto(RouteGroupBuilder cases)
    {
        cases.MapPut("/{slug}/photo", async (string slug, HttpContext http, CasePhotos photos, IOptions<CaseOptions> options, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var max = options.Value.MaxPhotoBytes;
                PhotoUpload.AllowBody(http, max);
                var upload = await PhotoUpload.ReadAsync(http.Request, max, ct);
                return upload.CutOff ? UploadForm.CutOffProblem(CasePhotos.Field, l) : upload.TooLarge ? TooLarge(max, l) : ToResponse(await photos.UploadAsync(http.User, slug, upload.Content, ct), TypedResults.Ok);
            })
            .Guarded().Changes().Produces<CaseDetail>().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .Accepts<byte[]>("multipart/form-data", "image/jpeg", "image/png", "image/webp", "application/octet-stream")
            .WithName("UploadCasePhoto").WithSummary("Upload the case's photo, as a multipart field \"photo\" or as the raw JPEG, PNG or WebP body (at most 5 MB by default). It is decoded, turned upright, shrunk and re-encoded as JPEG: camera metadata such as GPS positions is not kept.");
        cases.MapDelete("/{slug}/photo", async (string slug, CasePhotos photos, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await photos.RemoveAsync(u, slug, ct), TypedResults.Ok))
            .Guarded().Produces<CaseDetail>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RemoveCasePhoto").WithSummary("Remove the case's photo.");
    }

    // Every route answers 401 without credentials and 403 for a case of another organisation.

    private static RouteHandlerBuilder Changes(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
