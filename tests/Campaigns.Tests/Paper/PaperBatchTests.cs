using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Comments;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Paper;

/// <summary>Paper batches as organizers record them and supporters see them counted, on each database.</summary>
public abstract class PaperBatchTests(CampaignsAppFactory app)
{
    private string Today => DateOnly.FromDateTime(app.Clock.UtcNow).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_paper_batch_joins_every_total_apart_as_on_paper_and_leaves_them_when_removed()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique()));
        var api = await app.Seed.ClientForAsync(organizer);

        var created = await api.RecordBatchAsync(petition.Slug, 150, Today, "Geneva, Place des Nations", "Vigil for the lawyers");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var batch = await created.Content.ReadFromJsonAsync<JsonElement>();
        await app.CountSignaturesAsync();

        var counts = await app.CountsAsync(petition.Slug);
        Assert.Equal(151, counts.GetProperty("total").GetInt32());
        Assert.Equal(150, counts.GetProperty("paper").GetInt32());
        Assert.Equal(1, counts.GetProperty("online").GetInt32());
        Assert.Equal(151, (await app.CreateClient().JsonAsync($"/api/campaigns/{petition.Slug}/count")).GetProperty("confirmed").GetInt32());
        Assert.Equal(151, (await app.CreateClient().JsonAsync($"/api/campaigns/{petition.Slug}")).GetProperty("signatureCount").GetInt32());
        Assert.Contains("151", await app.CreateClient().GetStringAsync($"/campaigns/{petition.Slug}/badge.svg"));
        var line = await app.SupportLineAsync(petition.Slug);
        Assert.Contains("151 people have signed", line);
        Assert.Contains("of which 150 on paper", line);
        var tracking = await app.CreateClient().GetPageAsync($"/campaigns/{petition.Slug}/tracking");
        Assert.Equal("150", tracking.QuerySelector("[data-live=paper]").Text());
        Assert.Single(tracking.QuerySelectorAll(".milestones li"));

        await app.ReconcileCountsAsync();
        Assert.Equal(150, (await app.CountsAsync(petition.Slug)).GetProperty("paper").GetInt32());

        var removed = await api.DeleteAsync($"{PaperSteps.Batches(petition.Slug)}/{batch.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await app.CountSignaturesAsync();
        counts = await app.CountsAsync(petition.Slug);
        Assert.Equal(1, counts.GetProperty("total").GetInt32());
        Assert.Equal(0, counts.GetProperty("paper").GetInt32());
        Assert.DoesNotContain("on paper", await app.SupportLineAsync(petition.Slug));
        await app.ReconcileCountsAsync();
        Assert.Equal(1, (await app.CountsAsync(petition.Slug)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_reconcile_between_recording_a_batch_and_counting_it_keeps_the_paper_total_right()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var api = await app.Seed.ClientForAsync(organizer);
        await api.RecordBatchAsync(petition.Slug, 40, Today);
        await app.ReconcileCountsAsync();
        await app.CountSignaturesAsync();
        var second = await (await api.RecordBatchAsync(petition.Slug, 7, Today)).Content.ReadFromJsonAsync<JsonElement>();
        await app.CountSignaturesAsync();
        await api.DeleteAsync($"{PaperSteps.Batches(petition.Slug)}/{second.GetProperty("id").GetGuid()}");
        await app.ReconcileCountsAsync();
        await app.CountSignaturesAsync();

        var counts = await app.CountsAsync(petition.Slug);
        Assert.Equal(40, counts.GetProperty("paper").GetInt32());
        Assert.Equal(40, counts.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_batch_without_a_count_with_a_future_day_or_without_a_place_is_refused_and_nothing_is_written()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var api = await app.Seed.ClientForAsync(organizer);
        var future = DateOnly.FromDateTime(app.Clock.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");

        Assert.Contains("Enter how many people signed on these sheets.", await Problems.AssertFieldErrorAsync(await api.RecordBatchAsync(petition.Slug, 0, Today), "count"));
        Assert.Contains("A batch holds at most 100,000 signatures; record larger collections as several batches.",
            await Problems.AssertFieldErrorAsync(await api.RecordBatchAsync(petition.Slug, 100_001, Today), "count"));
        Assert.Contains("The day the sheets were signed cannot be in the future.", await Problems.AssertFieldErrorAsync(await api.RecordBatchAsync(petition.Slug, 5, future), "collectedOn"));
        Assert.Contains("Enter where the sheets were signed, such as a town or an event.", await Problems.AssertFieldErrorAsync(await api.RecordBatchAsync(petition.Slug, 5, Today, place: " "), "place"));
        Assert.Contains("The note can be at most 1000 characters.", await Problems.AssertFieldErrorAsync(await api.RecordBatchAsync(petition.Slug, 5, Today, note: new string('x', 1001)), "note"));

        var browser = await app.SignedInBrowserAsync(organizer);
        var refused = await browser.SubmitBatchFormAsync(petition.Slug, new Dictionary<string, string> { ["Count"] = "many", ["CollectedOn"] = future, ["Place"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Contains("Enter how many people signed on these sheets.", page.QuerySelector(".errors").Text());
        Assert.Contains("The day the sheets were signed cannot be in the future.", page.QuerySelector(".errors").Text());

        await app.CountSignaturesAsync();
        Assert.Equal(0, (await app.CountsAsync(petition.Slug)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await api.JsonAsync(PaperSteps.Batches(petition.Slug))).GetProperty("batches").GetArrayLength());
    }

    [Fact]
    public async Task A_draft_takes_no_paper_batch_and_a_closed_campaign_none_signed_after_it_closed()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft, owner: organizer);
        var closed = await app.Seed.PetitionAsync(c => (c.Status, c.ClosedAt) = (CampaignStatus.Closed, app.Clock.UtcNow.AddDays(-3)), owner: organizer);
        var api = await app.Seed.ClientForAsync(organizer);

        await Problems.AssertProblemAsync(await api.RecordBatchAsync(draft.Slug, 5, Today), HttpStatusCode.Conflict);
        await Problems.AssertFieldErrorAsync(await api.RecordBatchAsync(closed.Slug, 5, Today), "collectedOn");
        var beforeClosing = DateOnly.FromDateTime(app.Clock.UtcNow.AddDays(-4)).ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.Created, (await api.RecordBatchAsync(closed.Slug, 5, beforeClosing)).StatusCode);
    }

    [Fact]
    public async Task Organizers_record_a_batch_with_scans_on_the_page_and_only_members_who_see_signer_data_open_the_scans_without_metadata()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var browser = await app.SignedInBrowserAsync(organizer);
        var scan = Cases.TestPhotos.WithExifOrientation(Cases.TestPhotos.Solid(1200, 800, Cases.TestPhotos.Blue, SkiaSharp.SKEncodedImageFormat.Jpeg), 6);

        var recorded = await browser.SubmitBatchFormAsync(petition.Slug,
            new Dictionary<string, string> { ["Count"] = "42", ["CollectedOn"] = Today, ["Place"] = "Market square, Lyon", ["Note"] = "Saturday stall" }, scan);

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var page = await browser.PaperPageAsync(petition.Slug);
        var row = page.QuerySelector("#paper-batches tbody tr");
        Assert.Contains("Market square, Lyon", row.Text());
        Assert.Contains("42", row.Text());
        Assert.Contains("On paper: 42", page.QuerySelector("#on-paper").Text());
        var scanLink = row!.QuerySelector("a")!.GetAttribute("href")!;
        var served = await browser.GetAsync(scanLink);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", served.Headers.CacheControl?.ToString());
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.False(bytes.AsSpan().IndexOf("Exif\0\0"u8) >= 0, "the stored scan keeps no EXIF block");

        var anonymous = await app.CreateBrowser().GetAsync(scanLink);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location?.ToString());
        var viewer = await app.MemberAsync(organizer, MemberRole.Viewer);
        var viewerBrowser = await app.SignedInBrowserAsync(viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewerBrowser.GetAsync(scanLink)).StatusCode);
        Assert.Null((await viewerBrowser.PaperPageAsync(petition.Slug)).QuerySelector($"a[href='{scanLink}']"));
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_with_the_batch_and_nothing_is_counted()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var browser = await app.SignedInBrowserAsync(organizer);
        var scansBefore = await app.WithDbAsync(db => db.PaperScans.CountAsync());

        var refused = await browser.SubmitBatchFormAsync(petition.Slug,
            new Dictionary<string, string> { ["Count"] = "12", ["CollectedOn"] = Today, ["Place"] = "Lyon" }, "%PDF-1.7 not an image"u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("A scan must be a JPEG, PNG or WebP image.", (await refused.ParseAsync()).QuerySelector(".errors").Text());
        await app.CountSignaturesAsync();
        Assert.Equal(0, (await app.CountsAsync(petition.Slug)).GetProperty("total").GetInt32());
        Assert.Equal(scansBefore, await app.WithDbAsync(db => db.PaperScans.CountAsync()));
        Assert.Contains("No signatures gathered on paper have been recorded yet.", (await browser.PaperPageAsync(petition.Slug)).Body.Text());
    }

    [Fact]
    public async Task Recording_and_removing_a_batch_are_written_in_the_audit_log()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var api = await app.Seed.ClientForAsync(organizer);
        var batch = await (await api.RecordBatchAsync(petition.Slug, 30, Today, "Embassy, Ottawa")).Content.ReadFromJsonAsync<JsonElement>();
        await api.DeleteAsync($"{PaperSteps.Batches(petition.Slug)}/{batch.GetProperty("id").GetGuid()}");

        var organisation = await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organizer.OrganisationId).Select(o => o.Slug).SingleAsync());
        var log = await (await app.SignedInBrowserAsync(organizer)).GetPageAsync($"/organizer/organisations/{organisation}/audit");
        var lines = log.QuerySelectorAll("tbody tr").Select(r => r.Text()).ToList();
        Assert.Contains(lines, l => l.Contains("Removed a batch of paper signatures") && l.Contains($"30 · {Today} · Embassy, Ottawa"));
        Assert.Contains(lines, l => l.Contains("Recorded signatures gathered on paper") && l.Contains(petition.Slug));
    }

    [Fact]
    public async Task Another_organisation_cannot_see_or_change_the_batches_and_viewers_change_nothing()
    {
        var owner = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: owner);
        var ownerApi = await app.Seed.ClientForAsync(owner);
        var batch = await (await ownerApi.RecordBatchAsync(petition.Slug, 9, Today)).Content.ReadFromJsonAsync<JsonElement>();
        var batchPath = $"{PaperSteps.Batches(petition.Slug)}/{batch.GetProperty("id").GetGuid()}";

        var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        await Problems.AssertProblemAsync(await stranger.GetAsync(PaperSteps.Batches(petition.Slug)), HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(await stranger.RecordBatchAsync(petition.Slug, 5, Today), HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(await stranger.DeleteAsync(batchPath), HttpStatusCode.Forbidden);
        var viewer = await app.Seed.ClientForAsync(await app.MemberAsync(owner, MemberRole.Viewer));
        Assert.Equal(1, (await viewer.JsonAsync(PaperSteps.Batches(petition.Slug))).GetProperty("batches").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.RecordBatchAsync(petition.Slug, 5, Today)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DeleteAsync(batchPath)).StatusCode);
        await Problems.AssertProblemAsync(await ownerApi.DeleteAsync($"{PaperSteps.Batches(petition.Slug)}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        await app.CountSignaturesAsync();
        Assert.Equal(9, (await app.CountsAsync(petition.Slug)).GetProperty("paper").GetInt32());
    }
}

public sealed class PaperBatchesOnConfiguredDatabaseTests(CampaignsAppFactory app) : PaperBatchTests(app), IClassFixture<CampaignsAppFactory>;

public sealed class PaperBatchesOnEmbeddedDatabaseTests(EmbeddedDatabaseAppFactory app) : PaperBatchTests(app), IClassFixture<EmbeddedDatabaseAppFactory>;
