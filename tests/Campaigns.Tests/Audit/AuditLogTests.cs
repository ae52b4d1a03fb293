using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Cases;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Audit;

public class AuditLogTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Owners_read_who_created_edited_published_exported_and_closed_a_campaign_and_who_changed_a_case()
    {
        var owner = await app.Seed.OrganizerAsync();
        var colleague = await app.MemberAsync(owner, MemberRole.Organizer);
        var ownerClient = await app.Seed.ClientForAsync(owner);
        var colleagueClient = await app.Seed.ClientForAsync(colleague);
        var signer = Emails.Unique("signer");

        var slug = await colleagueClient.CreatedSlugAsync(OrganizerSteps.NewPetition().With("organisationId", owner.OrganisationId));
        await (await colleagueClient.PutAsJsonAsync($"/api/organizer/campaigns/{slug}", OrganizerSteps.NewPetition("Free them all"))).JsonAsync();
        await (await colleagueClient.PublishAsync(slug)).JsonAsync();
        await app.SignAndConfirmAsync(slug, new SignatureRequest(signer));
        Assert.Contains(signer, await (await ownerClient.GetAsync($"/api/organizer/campaigns/{slug}/signatures.csv")).Content.ReadAsStringAsync());
        await (await ownerClient.CloseAsync(slug, "He is free. Thank you.")).JsonAsync();
        var person = await colleagueClient.CreateCaseAsync(CaseSteps.NewCase("Wang Bingzhang").With("organisationId", owner.OrganisationId));
        await (await colleagueClient.PutAsJsonAsync($"/api/organizer/cases/{person.Slug()}", CaseSteps.NewCase("Wang Bingzhang"))).JsonAsync();

        var lines = await ownerClient.AuditLinesAsync(await app.OrganisationSlugAsync(owner));

        Assert.Equal(
            [
                ("caseEdited", colleague.Email, person.Slug()), ("caseCreated", colleague.Email, person.Slug()),
                ("campaignClosed", owner.Email, slug), ("signaturesExported", owner.Email, slug),
                ("campaignPublished", colleague.Email, slug), ("campaignEdited", colleague.Email, slug), ("campaignCreated", colleague.Email, slug),
            ],
            lines.Select(l => (l.GetProperty("action").GetString(), l.GetProperty("actor").GetString(), l.GetProperty("subject").GetString())));
        Assert.DoesNotContain(signer, string.Join("\n", lines.Select(l => l.GetRawText())));
    }

    [Fact]
    public async Task Only_owners_and_admins_may_read_the_log()
    {
        var owner = await app.Seed.OrganizerAsync();
        var organisation = await app.OrganisationSlugAsync(owner);
        var path = $"/api/organizer/organisations/{organisation}/audit";
        var organizer = await app.MemberAsync(owner, MemberRole.Organizer);
        var stranger = await app.Seed.OrganizerAsync();
        var admin = await app.Seed.OrganizerAsync(role: Roles.Admin);

        await Problems.AssertProblemAsync(await (await app.Seed.ClientForAsync(organizer)).GetAsync(path), HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(await (await app.Seed.ClientForAsync(stranger)).GetAsync(path), HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(await (await app.Seed.ClientForAsync(owner)).GetAsync("/api/organizer/organisations/no-such-org/audit"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.Seed.ClientForAsync(admin)).GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_log_page_shows_each_line_in_the_readers_language()
    {
        var owner = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(owner);
        var slug = await client.PublishedSlugAsync(OrganizerSteps.NewPetition());
        var browser = app.CreateBrowser();
        await browser.SignInAsync(owner.Email, Seed.Password);

        var page = await browser.GetPageAsync($"/organizer/organisations/{await app.OrganisationSlugAsync(owner)}/audit?lang=zh-Hant");

        var rows = page.QuerySelectorAll("#audit-log tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("發布了活動", rows[0]);
        Assert.Contains(slug, rows[0]);
        Assert.Contains(owner.Email, rows[1]);
    }
}
