using System.Net;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Fingerprints;

/// <summary>The daily fingerprints and their verification, on PostgreSQL (when configured) and on SQLite.</summary>
public abstract class FingerprintVerificationTests(CampaignsAppFactory app)
{
    /// <summary>A petition with two confirmations on its first day, one on its second and one pending, fingerprinted.</summary>
    private async Task<(Campaign Petition, HttpClient Organizer, DateOnly First)> FingerprintedPetitionAsync()
    {
        var owner = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: owner);
        var first = app.Today();
        await app.ConfirmedSignaturesAsync(petition.Slug, 2);
        app.NextDay();
        await app.ConfirmedSignaturesAsync(petition.Slug, 1);
        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(Emails.Unique("pending")));
        app.NextDay();
        await app.FingerprintAsync();
        return (petition, await app.Seed.ClientForAsync(owner), first);
    }

    [Fact]
    public async Task Each_day_gets_a_link_with_its_confirmations_and_the_running_total()
    {
        var (petition, _, first) = await FingerprintedPetitionAsync();

        var days = (await app.PublishedAsync(petition.Slug)).GetProperty("days").EnumerateArray().ToList();

        Assert.Equal([first.ToString("yyyy-MM-dd"), first.AddDays(1).ToString("yyyy-MM-dd")], days.Select(d => d.GetProperty("day").GetString()));
        Assert.Equal([2, 1], days.Select(d => d.GetProperty("confirmed").GetInt32()));
        Assert.Equal([2, 3], days.Select(d => d.GetProperty("total").GetInt32()));
        Assert.All(days, d => Assert.Matches("^[0-9a-f]{64}$", d.GetProperty("link").GetString()));
        var page = await app.CreatePageClient().GetDocumentAsync($"/campaigns/{petition.Slug}/fingerprints");
        Assert.Equal(days[1].GetProperty("link").GetString(), page.QuerySelector("#latest-fingerprint code").Text());
        Assert.Equal(2, page.QuerySelectorAll("#fingerprint-days tbody tr").Length);
        Assert.Contains("paper", page.QuerySelector("main").Text());
    }

    [Fact]
    public async Task An_honest_export_matches_every_day_on_the_verify_page()
    {
        var (petition, organizer, first) = await FingerprintedPetitionAsync();

        var response = await app.VerifyOnPageAsync($"https://campaigns.example/campaigns/{petition.Slug}", await organizer.ExportAsync(petition.Slug, "all"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal($"The export matches every fingerprint up to {first.AddDays(1):yyyy-MM-dd}: 3 confirmed signatures.", page.QuerySelector(".verdict").Text());
        Assert.Equal(2, page.QuerySelectorAll("#verified-days tr.day-ok").Length);
    }

    [Theory]
    [InlineData("added")]
    [InlineData("removed")]
    [InlineData("changed")]
    public async Task A_tampered_export_is_caught_and_the_first_day_that_differs_named(string tampering)
    {
        var (petition, organizer, first) = await FingerprintedPetitionAsync();
        var export = await organizer.ExportAsync(petition.Slug);
        var tampered = FingerprintSteps.Tampered(export, rows => tampering switch
        {
            "added" => [.. rows, rows[0].Replace(rows[0][^36..], Guid.NewGuid().ToString("D"))],
            "removed" => rows.Skip(1).ToList(),
            _ => [rows[0].Replace(rows[0][^36..], Guid.NewGuid().ToString("D")), .. rows.Skip(1)],
        });

        var response = await app.VerifyOnPageAsync(petition.Slug, tampered);

        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal($"The export does not match. First day that differs: {first:yyyy-MM-dd}.", page.QuerySelector(".verdict").Text());
        Assert.Single(page.QuerySelectorAll("#verified-days tr.day-differs"));
    }

    [Fact]
    public async Task Signatures_invalidated_or_withdrawn_after_the_fingerprint_leave_the_history_verifiable()
    {
        var owner = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: owner);
        var leaver = Emails.Unique("leaver");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique("keeper")));
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique("bot"), Country: "FR"));
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(leaver));
        app.NextDay();
        await app.FingerprintAsync();

        await app.InvalidateCountryAsync(petition.Slug, "FR");
        await app.WithdrawAsync(petition.Id, leaver);
        app.NextDay();
        await app.FingerprintAsync();

        var export = await (await app.Seed.ClientForAsync(owner)).ExportAsync(petition.Slug);
        Assert.Single(export.Trim().Split('\n').Skip(1));
        var page = await HtmlForms.ParseAsync(await app.VerifyOnPageAsync(petition.Slug, export));
        Assert.StartsWith("The export matches every fingerprint", page.QuerySelector(".verdict").Text());
        var retired = (await app.PublishedAsync(petition.Slug)).GetProperty("retired").EnumerateArray().Select(r => r.GetProperty("reason").GetString());
        Assert.Equal(["invalidated", "withdrawn"], retired.Order());
        Assert.Contains("1 withdrawn by their signers", (await app.CreatePageClient().GetDocumentAsync($"/campaigns/{petition.Slug}/fingerprints")).QuerySelector("#retired").Text());
    }

    [Fact]
    public async Task The_job_catches_up_missed_days_once_and_a_second_run_adds_nothing()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.ConfirmedSignaturesAsync(petition.Slug, 1);
        app.NextDay();
        app.NextDay();
        app.NextDay();
        await app.FingerprintAsync();

        await app.FingerprintAsync();

        var days = (await app.PublishedAsync(petition.Slug)).GetProperty("days").EnumerateArray().ToList();
        Assert.Equal([1, 0, 0], days.Select(d => d.GetProperty("confirmed").GetInt32()));
        Assert.Equal([1, 1, 1], days.Select(d => d.GetProperty("total").GetInt32()));
        Assert.Equal(3, days.Select(d => d.GetProperty("link").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Drafts_and_unknown_campaigns_have_no_fingerprints()
    {
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft);

        await Problems.AssertProblemAsync(await app.CreateClient().GetAsync($"/api/campaigns/{draft.Slug}/fingerprints"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await app.CreateClient().GetAsync("/api/campaigns/no-such-campaign/fingerprints"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreatePageClient().GetAsync($"/campaigns/{draft.Slug}/fingerprints")).StatusCode);
    }

    [Theory]
    [InlineData("", "name,email\n", "Enter the campaign's address or short name.")]
    [InlineData("{slug}", "", "Choose the export file or paste its contents.")]
    [InlineData("no-such-campaign", "signature_id,confirmed_at\n", "There is no campaign 'no-such-campaign'.")]
    [InlineData("{slug}", "name,email\nAda,ada@example.org\n", "This is not a signature export of this site: it needs the columns signature_id and confirmed_at.")]
    [InlineData("{slug}", "signature_id,confirmed_at\nnot-an-id,2026-01-01T00:00:00Z\n", "Row 2: the signature id is not valid.")]
    public async Task The_verify_page_explains_what_is_missing_or_wrong(string campaign, string export, string message)
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await app.VerifyOnPageAsync(campaign.Replace("{slug}", petition.Slug), export);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".errors").Text());
        Assert.Null(page.QuerySelector(".verdict"));
    }
}

public sealed class FingerprintVerificationOnConfiguredDatabaseTests(CampaignsAppFactory app)
    : FingerprintVerificationTests(app), IClassFixture<CampaignsAppFactory>;

public sealed class FingerprintVerificationOnSqliteTests(EmbeddedDatabaseAppFactory app)
    : FingerprintVerificationTests(app), IClassFixture<EmbeddedDatabaseAppFactory>;
