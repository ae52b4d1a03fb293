using System.Net;
using System.Net.Http.Json;
using System.Text;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Cases;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Tests.Targets;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Data;

/// <summary>
/// PostgreSQL cannot store U+0000 in text. Whatever way text reaches the database (a JSON body, a CSV file,
/// a form, a query string), the NUL characters are left out and the rest is kept.
/// </summary>
public class NulCharacterTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_signature_with_a_nul_in_its_name_is_accepted_and_stored_without_it()
    {
        var campaign = await app.Seed.PetitionAsync();
        var email = Emails.Unique();

        var response = await app.CreateClient().SignAsync(campaign.Slug, new SignatureRequest(email, Name: "Ada\0 Lovelace", City: "Lon\0don", Comment: "Free\0 them"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.Signatures.AsNoTracking().SingleAsync(s => s.Email == email));
        Assert.Equal("Ada Lovelace", stored.Name);
        Assert.Equal("London", stored.City);
    }

    [Fact]
    public async Task A_campaign_with_a_nul_in_its_title_is_created_without_it()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var title = $"Free the writers {Guid.NewGuid():N}"[..30];

        var slug = await client.CreatedSlugAsync(OrganizerSteps.NewPetition(title.Insert(4, "\0")));

        Assert.Equal(title, (await app.Seed.FindCampaignAsync(slug))!.Title);
    }

    [Fact]
    public async Task A_target_and_an_imported_csv_row_with_nul_characters_are_saved_without_them()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var name = $"Ambassador {Guid.NewGuid():N}"[..24];

        await client.CreateTargetAsync(TargetSteps.With(TargetSteps.Ambassador(name.Insert(3, "\0")), "notes", "Post\0 only"));
        var imported = await client.ImportCsvAsync("name,email\nZhang\0 Guobin,consulate@example.org\n");

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var names = await app.WithDbAsync(db => db.Targets.Where(t => t.OrganisationId == organizer.OrganisationId).Select(t => t.Name).ToListAsync());
        Assert.Equal([name, "Zhang Guobin"], names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/cases?q=a%00b")]
    [InlineData("/cases?q=a%00b")]
    public async Task A_search_with_a_nul_answers_like_any_other_search(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_page_form_with_a_nul_is_refused_as_unreadable_and_saves_nothing()
    {
        var browser = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(await app.Seed.OrganizerAsync())).StatusCode);
        var name = $"Huang Xueqin {Guid.NewGuid():N}"[..22];

        var created = await browser.SubmitFormAsync("/organizer/cases/new", "/organizer/cases/new", new Dictionary<string, string>
        {
            ["Name"] = name, ["NativeName"] = "黄\0雪琴", ["Status"] = "Detained",
        });

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Cases.AnyAsync(c => c.Name == name)));
    }
}
