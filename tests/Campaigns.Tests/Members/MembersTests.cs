using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Members;

public class MembersTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task An_invited_account_accepts_by_email_link_and_joins_with_the_invited_role_and_the_audit_log_says_so()
    {
        var owner = await app.Seed.OrganizerAsync();
        var invitee = await app.Seed.OrganizerAsync();
        var slug = await SlugAsync(owner);
        var ownerApi = await app.Seed.ClientForAsync(owner);

        var invited = await ownerApi.PostAsJsonAsync($"/api/organizer/organisations/{slug}/invitations", new { email = invitee.Email, role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        await app.DrainOutboxAsync();
        var code = Regex.Match(app.Mailbox.SingleMessageTo(invitee.Email).TextBody ?? "", @"/invitations/([A-Za-z0-9_-]+)").Groups[1].Value;

        var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsync($"/api/invitations/{code}/accept", null)).StatusCode);
        var accepted = await (await app.Seed.ClientForAsync(invitee)).PostAsync($"/api/invitations/{code}/accept", null);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var role = await app.WithDbAsync(db => db.OrganisationMembers.Where(m => m.OrganisationId == owner.OrganisationId && m.UserId == invitee.UserId).Select(m => m.Role).SingleAsync());
        Assert.Equal(MemberRole.Viewer, role);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.OrganisationId == owner.OrganisationId && a.Subject == invitee.Email).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.MemberInvited, AuditAction.MemberJoined], actions.Order());
    }

    [Fact]
    public async Task The_last_owner_can_be_neither_removed_nor_demoted()
    {
        var owner = await app.Seed.OrganizerAsync();
        var api = await app.Seed.ClientForAsync(owner);
        var slug = await SlugAsync(owner);

        var demoted = await api.PutAsJsonAsync($"/api/organizer/organisations/{slug}/members/{owner.UserId}", new { role = "organizer" });
        var removed = await api.DeleteAsync($"/api/organizer/organisations/{slug}/members/{owner.UserId}");

        await Problems.AssertProblemAsync(demoted, HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(removed, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Removing_a_member_ends_their_access_token_at_once_and_is_audited()
    {
        var owner = await app.Seed.OrganizerAsync();
        var member = await JoinAsync(owner, MemberRole.Organizer);
        var memberApi = await app.Seed.ClientForAsync(member);
        var slug = await SlugAsync(owner);
        Assert.Equal(HttpStatusCode.OK, (await memberApi.GetAsync($"/api/organizer/organisations/{slug}/members")).StatusCode);

        var removed = await (await app.Seed.ClientForAsync(owner)).DeleteAsync($"/api/organizer/organisations/{slug}/members/{member.UserId}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await memberApi.GetAsync($"/api/organizer/organisations/{slug}/members")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.MemberRemoved && a.Subject == member.Email)));
    }

    [Fact]
    public async Task A_member_of_another_organisation_is_refused_its_members_endpoints()
    {
        var owner = await app.Seed.OrganizerAsync();
        var other = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = await SlugAsync(owner);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/organizer/organisations/{slug}/members")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/organizer/organisations/{slug}/invitations", new { email = Emails.Unique(), role = "owner" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.DeleteAsync($"/api/organizer/organisations/{slug}/members/{owner.UserId}")).StatusCode);
    }

    [Fact]
    public async Task A_viewer_is_refused_every_organizer_change_in_the_api_and_can_read_figures_but_not_signers()
    {
        var owner = await app.Seed.OrganizerAsync();
        var campaign = await app.Seed.PetitionAsync(owner: owner);
        var viewer = await ViewerOnlyAsync(owner);
        var api = await app.Seed.ClientForAsync(viewer);
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/") && (raw.Contains("organizer") || raw.Contains("deliveries")))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Route: e.RoutePattern.RawText!, Accepts: e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault())))
            .Where(r => r.Method != "GET" && !r.Route.EndsWith("/leave"))
            .ToList();
        Assert.NotEmpty(routes);

        foreach (var (method, route, accepts) in routes)
        {
            var path = Regex.Replace(route, @"\{(\w+)(:[^}]*)?\}", m => m.Groups[1].Value switch
            {
                "slug" when route.Contains("/organisations/") => "x",
                "slug" => campaign.Slug,
                _ => Guid.NewGuid().ToString(),
            });
            var response = await api.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(accepts) });
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {route} answered {(int)response.StatusCode}");
        }
        var after = (await app.Seed.FindCampaignAsync(campaign.Slug))!;
        Assert.Equal(campaign.Status, after.Status);
        Assert.Equal(campaign.Title, after.Title);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/organizer/campaigns/{campaign.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/campaigns/{campaign.Slug}/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/organizer/campaigns/{campaign.Slug}/signatures")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/organizer/campaigns/{campaign.Slug}/signatures.csv")).StatusCode);
    }

    // A body of the type the endpoint takes, so the refusal comes from the role and not from the content type.
    private static HttpContent Body(string? contentType) => contentType is null or "application/json"
        ? JsonContent.Create(new { })
        : new ByteArrayContent([]) { Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType.Split(';')[0]) } };

    private Task<string> SlugAsync(Infrastructure.Organizer owner) =>
        app.WithDbAsync(db => db.Organisations.Where(o => o.Id == owner.OrganisationId).Select(o => o.Slug).SingleAsync());

    private async Task<Infrastructure.Organizer> JoinAsync(Infrastructure.Organizer owner, MemberRole role)
    {
        var member = await app.Seed.OrganizerAsync();
        await app.WithDbAsync(async db =>
        {
            db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = owner.OrganisationId, UserId = member.UserId, Role = role, JoinedAt = app.Clock.UtcNow });
            return await db.SaveChangesAsync();
        });
        return member;
    }

    private async Task<Infrastructure.Organizer> ViewerOnlyAsync(Infrastructure.Organizer owner)
    {
        var viewer = await JoinAsync(owner, MemberRole.Viewer);
        await app.WithDbAsync(db => db.OrganisationMembers.Where(m => m.UserId == viewer.UserId && m.OrganisationId == viewer.OrganisationId).ExecuteDeleteAsync());
        return viewer;
    }
}
