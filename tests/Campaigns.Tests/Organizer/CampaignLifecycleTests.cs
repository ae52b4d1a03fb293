using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Organizer;

public class CampaignLifecycleTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Created_petition_is_a_draft_that_the_public_cannot_see()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);

        var response = await client.CreateCampaignAsync(OrganizerSteps.NewPetition("Free Wang Bingzhang now"));

        var campaign = await response.JsonAsync(HttpStatusCode.Created);
        var slug = campaign.GetProperty("slug").GetString()!;
        Assert.StartsWith("free-wang-bingzhang-now", slug);
        Assert.Equal($"/api/organizer/campaigns/{slug}", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(response.Headers.Location)).StatusCode);
        Assert.Equal("draft", campaign.GetProperty("status").GetString());
        Assert.Equal("petition", campaign.GetProperty("kind").GetString());
        Assert.Equal(["Wang Yi", "Li Qiang"], campaign.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/campaigns/{slug}")).StatusCode);
    }

    [Fact]
    public async Task Published_petition_is_listed_publicly_and_can_be_signed()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = await client.CreatedSlugAsync(OrganizerSteps.NewPetition());

        var published = await (await client.PublishAsync(slug)).JsonAsync();

        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.Equal(app.Clock.UtcNow, published.GetProperty("publishedAt").GetDateTime(), TimeSpan.FromSeconds(1));
        var list = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/campaigns?pageSize=100");
        Assert.Contains(slug, list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        var detail = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}");
        Assert.Equal("Ti-Anna Wang", detail.GetProperty("startedBy").GetString());
        var signed = await app.CreateClient().SignAsync(slug, new SignatureRequest(Emails.Unique()));
        Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
    }

    [Fact]
    public async Task Closed_petition_refuses_signatures_and_shows_its_closing_message()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = await client.PublishedSlugAsync(OrganizerSteps.NewPetition());
        var supporter = app.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await supporter.SignAsync(slug, new SignatureRequest(Emails.Unique()))).StatusCode);

        var closed = await (await client.CloseAsync(slug, "He was released on 3 May. Thank you, all 12,000 of you.")).JsonAsync();

        Assert.Equal("closed", closed.GetProperty("status").GetString());
        await Problems.AssertProblemAsync(await supporter.SignAsync(slug, new SignatureRequest(Emails.Unique())), HttpStatusCode.Conflict);
        var page = await supporter.GetStringAsync($"/campaigns/{slug}");
        Assert.Contains("He was released on 3 May. Thank you, all 12,000 of you.", page);
        var detail = await supporter.GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}");
        Assert.Equal("closed", detail.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Closing_needs_a_message()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = await client.PublishedSlugAsync(OrganizerSteps.NewPetition());

        await Problems.AssertFieldErrorAsync(await client.CloseAsync(slug, "  "), "closingMessage");
        await Problems.AssertFieldErrorAsync(await client.CloseAsync(slug, new string('x', 2001)), "closingMessage");

        Assert.Equal(CampaignStatus.Published, (await app.Seed.FindCampaignAsync(slug))!.Status);
    }

    [Fact]
    public async Task Publishing_twice_closing_a_draft_and_closing_twice_are_conflicts()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var draft = await client.CreatedSlugAsync(OrganizerSteps.NewPetition());
        await Problems.AssertProblemAsync(await client.CloseAsync(draft, "Done."), HttpStatusCode.Conflict);

        await client.PublishAsync(draft);
        await Problems.AssertProblemAsync(await client.PublishAsync(draft), HttpStatusCode.Conflict);

        await client.CloseAsync(draft, "Done.");
        await Problems.AssertProblemAsync(await client.CloseAsync(draft, "Done again."), HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(await client.PublishAsync(draft), HttpStatusCode.Conflict);
        Assert.Equal("Done.", (await app.Seed.FindCampaignAsync(draft))!.ClosingMessage);
    }

    [Fact]
    public async Task Draft_without_targets_cannot_be_published()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft, organizer, targets: 0);

        var problem = await Problems.AssertProblemAsync(await client.PublishAsync(draft.Slug), HttpStatusCode.Conflict);

        Assert.Contains("target", problem.GetProperty("detail").GetString());
        Assert.Equal(CampaignStatus.Draft, (await app.Seed.FindCampaignAsync(draft.Slug))!.Status);
    }

    [Fact]
    public async Task Organizer_edits_the_summary_and_goal_of_a_published_petition_but_not_its_targets()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var petition = OrganizerSteps.NewPetition();
        var slug = await client.PublishedSlugAsync(petition);
        var edit = new { title = petition["title"], summary = "Journalist detained.", body = petition["body"], goal = 2000 };

        var updated = await (await client.PutAsJsonAsync($"/api/organizer/campaigns/{slug}", edit)).JsonAsync();

        Assert.Equal("Journalist detained.", updated.GetProperty("summary").GetString());
        Assert.Equal(2000, updated.GetProperty("goal").GetInt32());
        Assert.Equal(slug, updated.GetProperty("slug").GetString());
        var retarget = new { edit.title, edit.summary, edit.body, targets = new[] { new { name = "Someone Else" } } };
        await Problems.AssertProblemAsync(await client.PutAsJsonAsync($"/api/organizer/campaigns/{slug}", retarget), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Published_campaign_text_cannot_be_rewritten()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var petition = OrganizerSteps.NewPetition();
        var slug = await client.PublishedSlugAsync(petition);
        var retitled = new { title = "Free Huang Xueqin", summary = "Changed.", body = petition["body"] };
        var rewritten = new { title = petition["title"], summary = "Changed.", body = "A different letter." };

        var titleProblem = await Problems.AssertProblemAsync(await client.PutAsJsonAsync($"/api/organizer/campaigns/{slug}", retitled), HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(await client.PutAsJsonAsync($"/api/organizer/campaigns/{slug}", rewritten), HttpStatusCode.Conflict);

        Assert.Contains("people have signed", titleProblem.GetProperty("detail").GetString());
        var stored = (await app.Seed.FindCampaignAsync(slug))!;
        Assert.Equal(petition["title"], stored.Title);
        Assert.Equal(petition["body"], stored.Body);
        Assert.Equal("Writers are detained for their peaceful work.", stored.Summary);
    }

    [Fact]
    public async Task Draft_targets_can_be_replaced_and_reordered()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = await client.CreatedSlugAsync(OrganizerSteps.NewPetition());
        var edit = new
        {
            title = "Free the writers", summary = "Detained.", body = "Text.",
            targets = new[] { new { name = "Li Qiang", title = "Premier" }, new { name = "Xi Jinping", title = "President" } },
        };

        var updated = await (await client.PutAsJsonAsync($"/api/organizer/campaigns/{slug}", edit)).JsonAsync();

        Assert.Equal(["Li Qiang", "Xi Jinping"], updated.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("State Council", updated.GetProperty("targets")[0].GetProperty("organisation").GetString());
    }

    [Fact]
    public async Task Targets_of_the_same_organisation_are_reused_not_duplicated()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);

        await client.CreatedSlugAsync(OrganizerSteps.NewPetition());
        await client.CreatedSlugAsync(OrganizerSteps.NewPetition());

        var targets = await app.WithDbAsync(db => db.Targets.Where(t => t.OrganisationId == organizer.OrganisationId).Select(t => t.Name).ToListAsync());
        Assert.Equal(["Li Qiang", "Wang Yi"], targets.Order());
    }

    [Fact]
    public async Task Petition_names_the_cases_it_concerns()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var caseSlug = await NewCaseAsync(organizer.OrganisationId);
        var request = OrganizerSteps.NewPetition();
        request["caseSlugs"] = new[] { caseSlug };

        var slug = await client.PublishedSlugAsync(request);

        var detail = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}");
        Assert.Equal("王炳章", detail.GetProperty("cases")[0].GetProperty("nativeName").GetString());
    }

    [Fact]
    public async Task Publishing_stops_being_possible_once_the_deadline_has_passed()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var request = OrganizerSteps.NewPetition();
        request["deadline"] = app.Clock.UtcNow.AddDays(2);
        var slug = await client.CreatedSlugAsync(request);

        app.Clock.Advance(TimeSpan.FromDays(3));
        try
        {
            var later = await app.Seed.ClientForAsync(organizer);
            await Problems.AssertProblemAsync(await later.PublishAsync(slug), HttpStatusCode.Conflict);
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-3));
        }
    }

    private Task<string> NewCaseAsync(Guid organisationId) => app.WithDbAsync(async db =>
    {
        var slug = $"case-{Guid.NewGuid():N}"[..20];
        db.Cases.Add(new Case { OrganisationId = organisationId, Slug = slug, Name = "Wang Bingzhang", NativeName = "王炳章", Country = "CN", CreatedAt = app.Clock.UtcNow });
        await db.SaveChangesAsync();
        return slug;
    });
}
