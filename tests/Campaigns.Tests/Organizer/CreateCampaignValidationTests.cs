using System.Net;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Organizer;

public class CreateCampaignValidationTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    public static TheoryData<string, object?, string> InvalidFields => new()
    {
        { "title", "", "title" },
        { "title", new string('t', 201), "title" },
        { "summary", new string('s', 1001), "summary" },
        { "body", "", "body" },
        { "goal", 0, "goal" },
        { "slug", "Not A Slug", "slug" },
        { "slug", "new", "slug" },
        { "kind", "leaflet", "kind" },
        { "body", "Free {prisoner} now.", "body" },
        { "deadline", "2001-01-01T00:00:00Z", "deadline" },
        { "targets", Array.Empty<object>(), "targets" },
        { "targets", new[] { new { name = "Wang Yi", country = "XX" } }, "targets[0].country" },
        { "targets", new[] { new { name = "Wang Yi", country = "CN" }, new { name = "", country = "CN" } }, "targets[1].name" },
        { "targets", new[] { new { name = "Wang Yi", email = "not-an-email" } }, "targets[0].email" },
        { "targets", new[] { new { name = "Wang Yi" }, new { name = "Wang Yi" } }, "targets" },
        { "targets", Enumerable.Range(0, 51).Select(i => new { name = $"Official {i}" }).ToArray(), "targets" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Invalid_field_is_a_400_naming_the_field_and_writes_nothing(string field, object? value, string errorField)
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var request = OrganizerSteps.NewPetition();
        request[field] = value;

        await Problems.AssertFieldErrorAsync(await client.CreateCampaignAsync(request), errorField);

        Assert.Equal(0, await CampaignsOfAsync(organizer.OrganisationId));
        Assert.Equal(0, await TargetsOfAsync(organizer.OrganisationId));
    }

    [Fact]
    public async Task Unknown_campaign_kinds_are_refused_with_the_kinds_there_are()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var request = OrganizerSteps.NewPetition();
        request["kind"] = "3";

        var messages = await Problems.AssertFieldErrorAsync(await client.CreateCampaignAsync(request), "kind");

        Assert.Contains(messages, m => m.Contains("petition, appealLetter, signOnLetter or jointStatement"));
    }

    [Fact]
    public async Task Unknown_case_is_a_field_error_and_writes_nothing()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var request = OrganizerSteps.NewPetition();
        request["caseSlugs"] = new[] { "no-such-case" };

        var messages = await Problems.AssertFieldErrorAsync(await client.CreateCampaignAsync(request), "caseSlugs[0]");

        Assert.Contains(messages, m => m.Contains("no-such-case"));
        Assert.Equal(0, await CampaignsOfAsync(organizer.OrganisationId));
        Assert.Equal(0, await TargetsOfAsync(organizer.OrganisationId));
    }

    [Fact]
    public async Task A_slug_already_in_use_is_a_409_and_writes_nothing()
    {
        var taken = await app.Seed.PetitionAsync();
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var request = OrganizerSteps.NewPetition();
        request["slug"] = taken.Slug;

        await Problems.AssertProblemAsync(await client.CreateCampaignAsync(request), HttpStatusCode.Conflict);

        Assert.Equal(0, await CampaignsOfAsync(organizer.OrganisationId));
        Assert.Equal(0, await TargetsOfAsync(organizer.OrganisationId));
    }

    [Fact]
    public async Task Same_title_twice_gets_a_second_free_address()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var title = $"Free Gao Zhen {Guid.NewGuid():N}"[..22];

        var first = await client.CreatedSlugAsync(OrganizerSteps.NewPetition(title));
        var second = await client.CreatedSlugAsync(OrganizerSteps.NewPetition(title));

        Assert.Equal(first + "-2", second);
    }

    [Fact]
    public async Task Title_in_another_script_still_gets_an_address()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var slug = await client.CreatedSlugAsync(OrganizerSteps.NewPetition("释放王炳章"));

        Assert.Matches("^campaign(-[0-9]+)?$", slug);
    }

    [Fact]
    public async Task Organizer_of_several_organisations_must_say_which_one_runs_the_campaign()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var second = await app.Seed.OrganizerAsync();
        await app.WithDbAsync(async db =>
        {
            db.OrganisationMembers.Add(new() { OrganisationId = second.OrganisationId, UserId = organizer.UserId, JoinedAt = app.Clock.UtcNow });
            await db.SaveChangesAsync();
        });
        var client = await app.Seed.ClientForAsync(organizer);

        await Problems.AssertFieldErrorAsync(await client.CreateCampaignAsync(OrganizerSteps.NewPetition()), "organisationId");

        var request = OrganizerSteps.NewPetition();
        request["organisationId"] = second.OrganisationId;
        Assert.Equal(HttpStatusCode.Created, (await client.CreateCampaignAsync(request)).StatusCode);
        Assert.Equal(1, await CampaignsOfAsync(second.OrganisationId));
    }

    private Task<int> CampaignsOfAsync(Guid organisationId) =>
        app.WithDbAsync(db => db.Campaigns.CountAsync(c => c.OrganisationId == organisationId));

    private Task<int> TargetsOfAsync(Guid organisationId) =>
        app.WithDbAsync(db => db.Targets.CountAsync(t => t.OrganisationId == organisationId));
}
