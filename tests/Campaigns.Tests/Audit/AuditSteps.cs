using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Audit;

public static class AuditSteps
{
    public static Task<string> OrganisationSlugAsync(this CampaignsAppFactory app, Infrastructure.Organizer organizer) =>
        app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organizer.OrganisationId).Select(o => o.Slug).SingleAsync());

    /// <summary>A second account in the organizer's organisation with the given role.</summary>
    public static async Task<Infrastructure.Organizer> MemberAsync(this CampaignsAppFactory app, Infrastructure.Organizer owner, MemberRole role)
    {
        var member = await app.Seed.OrganizerAsync();
        await app.WithDbAsync(async db =>
        {
            db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = owner.OrganisationId, UserId = member.UserId, Role = role, JoinedAt = app.Clock.UtcNow });
            return await db.SaveChangesAsync();
        });
        return member with { OrganisationId = owner.OrganisationId };
    }

    public static async Task<IReadOnlyList<JsonElement>> AuditLinesAsync(this HttpClient client, string organisationSlug)
    {
        var page = await (await client.GetAsync($"/api/organizer/organisations/{organisationSlug}/audit")).JsonAsync();
        return page.GetProperty("lines").EnumerateArray().ToList();
    }
}
