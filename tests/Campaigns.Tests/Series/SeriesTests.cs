using System.Net;
using Campaigns.Tests.Following;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;

namespace Campaigns.Tests.Series;

public class SeriesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_campaign_page_names_its_place_in_the_series_and_links_the_other_outputs()
    {
        var owner = await app.Seed.OrganizerAsync();
        var organizer = await app.Seed.ClientForAsync(owner);
        var reference = SeriesSteps.UniqueReference();
        await organizer.CreateSeriesAsync(reference).OkJsonAsync(HttpStatusCode.Created);
        var first = await app.Seed.PetitionAsync(owner: owner);
        var second = await app.Seed.PetitionAsync(owner: owner);

        await organizer.PlaceAsync(first.Slug, reference, 1).OkJsonAsync();
        var placed = await organizer.PlaceAsync(second.Slug, reference, 2).OkJsonAsync();

        Assert.Equal(2, placed.GetProperty("outputs").GetArrayLength());
        var page = await app.CreateClient().GetDocumentAsync($"/campaigns/{second.Slug}");
        Assert.Equal($"{reference} · further information (output 2 of the series)", page.QuerySelector("#series-heading").Text());
        Assert.Equal($"/campaigns/{first.Slug}", page.QuerySelector("#series a")!.GetAttribute("href"));
        var firstPage = await app.CreateClient().GetDocumentAsync($"/campaigns/{first.Slug}");
        Assert.Equal($"{reference} · first action (output 1 of the series)", firstPage.QuerySelector("#series-heading").Text());
    }

    [Fact]
    public async Task A_series_is_public_by_id_reference_or_reference_slug_with_its_published_outputs_only()
    {
        var owner = await app.Seed.OrganizerAsync();
        var organizer = await app.Seed.ClientForAsync(owner);
        var reference = SeriesSteps.UniqueReference();
        var id = (await organizer.CreateSeriesAsync(reference).OkJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        var published = await app.Seed.PetitionAsync(owner: owner);
        var draft = await app.Seed.PetitionAsync(c => c.Status = Campaigns.Web.Domain.CampaignStatus.Draft, owner);
        await organizer.PlaceAsync(published.Slug, reference, 1).OkJsonAsync();
        await organizer.PlaceAsync(draft.Slug, reference, 2, final: true).OkJsonAsync();
        var client = app.CreateClient();

        var byId = await client.GetAsync($"/api/series/{id}").OkJsonAsync();
        var byReference = await client.GetAsync($"/api/series/{Uri.EscapeDataString(reference)}").OkJsonAsync();
        var bySlug = await client.GetAsync($"/api/series/{reference.ToLowerInvariant().Replace(' ', '-').Replace('/', '-')}").OkJsonAsync();

        foreach (var series in new[] { byId, byReference, bySlug })
        {
            Assert.Equal(reference, series.GetProperty("reference").GetString());
            Assert.Equal([published.Slug], series.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("slug").GetString()!).ToArray());
        }
        await Problems.AssertProblemAsync(await client.GetAsync("/api/series/UA%20000%2F00"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_series_requests_get_clear_errors()
    {
        var owner = await app.Seed.OrganizerAsync();
        var organizer = await app.Seed.ClientForAsync(owner);
        var reference = SeriesSteps.UniqueReference();
        await organizer.CreateSeriesAsync(reference).OkJsonAsync(HttpStatusCode.Created);
        var first = await app.Seed.PetitionAsync(owner: owner);
        var second = await app.Seed.PetitionAsync(owner: owner);
        var third = await app.Seed.PetitionAsync(owner: owner);
        await organizer.PlaceAsync(first.Slug, reference, 1).OkJsonAsync();
        await organizer.PlaceAsync(second.Slug, reference, 2, final: true).OkJsonAsync();

        var duplicate = await organizer.CreateSeriesAsync(reference);
        var blank = await organizer.CreateSeriesAsync("  ", "");
        var unknownSeries = await organizer.PlaceAsync(third.Slug, "UA 999/99", 1);
        var noNumber = await organizer.PlaceAsync(third.Slug, reference, 0);
        var taken = await organizer.PlaceAsync(third.Slug, reference, 1);
        var afterFinal = await organizer.PlaceAsync(third.Slug, reference, 3);
        var stranger = await (await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync())).PlaceAsync(third.Slug, reference, 3);

        await Problems.AssertProblemAsync(duplicate, HttpStatusCode.Conflict);
        await Problems.AssertFieldErrorAsync(blank, "reference");
        Assert.Contains("The organisation has no series with this reference. Create the series first.", await Problems.AssertFieldErrorAsync(unknownSeries, "reference"));
        await Problems.AssertFieldErrorAsync(noNumber, "outputNumber");
        await Problems.AssertProblemAsync(taken, HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(afterFinal, HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(stranger, HttpStatusCode.Forbidden);
        Assert.Null((await app.Seed.FindCampaignAsync(third.Slug))!.SeriesId);
    }

    [Fact]
    public async Task The_organizer_page_starts_a_series_and_places_the_campaign_without_javascript()
    {
        var owner = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: owner);
        var browser = app.CreatePageClient();
        await Accounts.AccountSteps.SignInAsync(browser, owner.Email, owner.Password);
        var path = $"/organizer/campaigns/{petition.Slug}/urgent-action";
        var reference = SeriesSteps.UniqueReference();

        var missingNumber = await browser.SubmitFormAsync(path, "/urgent-action/series", new Dictionary<string, string> { ["Reference"] = reference, ["OutputNumber"] = "" });
        var saved = await browser.SubmitFormAsync(path, "/urgent-action/series", new Dictionary<string, string>
        {
            ["Reference"] = reference, ["Title"] = "China: two activists", ["OutputNumber"] = "1",
        });

        Assert.Equal(HttpStatusCode.BadRequest, missingNumber.StatusCode);
        Assert.Contains("Give the number of this output", (await HtmlForms.ParseAsync(missingNumber)).QuerySelector(".errors").Text());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, (await app.Seed.FindCampaignAsync(petition.Slug))!.OutputNumber);
        Assert.Equal(reference, (await app.Seed.FindCampaignAsync(petition.Slug))!.Reference);
    }
}
