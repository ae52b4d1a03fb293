using System.Security.Claims;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Infrastructure;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Audit;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/organizer/organisations/{slug}/audit", ReadAsync)
            .RequireAuthorization(IdentitySetup.OrganizerPolicy)
            .WithTags("Organizer")
            .Guarded()
            .WithName("ReadAuditLog")
            .WithSummary("The organisation's audit log, newest first, 50 lines a page: who did what and when. Owners and admins only; it holds no signer data.")
            .Produces<AuditLogPage>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ReadAsync(string slug, int? page, AuditLog log, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await log.ReadAsync(user, slug, Math.Clamp(page ?? 1, 1, Paging.MaxPage), ct), TypedResults.Ok);
}
