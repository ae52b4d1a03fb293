using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Audit;
using Campaigns.Tests.Comments;
using Campaigns.Tests.Following;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Tests.Series;
using Campaigns.Web.Domain;
using SkiaSharp;

namespace Campaigns.Tests.Answers;

/// <summary>Officials' answers, end to end; run once per database provider by the two classes below.</summary>
public abstract class OfficialAnswersTests(CampaignsAppFactory app)
{
    private const string AnswerSubject = "has answered";

    [Fact]
    public async Task A_recorded_answer_is_emailed_once_to_each_supporter_who_asked_and_each_follower()
    {
        var campaign = await app.AnsweredCampaignAsync();
        var (person, _) = await app.OrganizerCaseAsync();
        await app.LinkAsync(campaign.Petition.Id, person);
        var signerAndFollower = Emails.Unique("both");
        var noUpdates = Emails.Unique("no-updates");
        var unconfirmed = Emails.Unique("unconfirmed");
        var follower = Emails.Unique("follower");
        await app.SignAndConfirmAsync(campaign.Petition.Slug, new SignatureRequest(signerAndFollower, EmailUpdates: true));
        await app.SignAndConfirmAsync(campaign.Petition.Slug, new SignatureRequest(noUpdates, EmailUpdates: false));
        await app.CreateClient().SignAsync(campaign.Petition.Slug, new SignatureRequest(unconfirmed, EmailUpdates: true));
        await app.FollowAndConfirmAsync(person.Slug, signerAndFollower);
        await app.FollowAndConfirmAsync(person.Slug, follower);
        await app.DrainOutboxAsync();

        await campaign.RecordAsync(0, "2026-11-20", "The ministry says the case is under review.").OkJsonAsync();
        await app.DrainOutboxAsync();
        await campaign.RecordAsync(0, "2026-11-21", "The ministry says the case is under review by the court.").OkJsonAsync();
        await campaign.Client.DeleteAsync($"{campaign.Answers}/{campaign.Officials[0]}");
        await campaign.RecordAsync(0, "2026-11-21", "Recorded again after a slip.").OkJsonAsync();
        await app.DrainOutboxAsync();

        Assert.Single(Answers(signerAndFollower));
        Assert.Single(Answers(follower));
        Assert.Empty(Answers(noUpdates));
        Assert.Empty(Answers(unconfirmed));
        var email = Answers(follower)[0];
        Assert.Equal($"Minister Official 1 has answered: {campaign.Petition.Title}", email.Subject);
        Assert.Contains("The ministry says the case is under review.", email.TextBody);
        Assert.Contains($"/campaigns/{campaign.Petition.Slug}", email.TextBody);
        Assert.Equal("List-Unsubscribe=One-Click", email.Header("List-Unsubscribe-Post"));
    }

    [Fact]
    public async Task A_supporter_reads_the_answer_in_their_own_language()
    {
        var campaign = await app.AnsweredCampaignAsync();
        var reader = Emails.Unique("reader");
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "zh-TW");
        await app.SignAndConfirmAsync(campaign.Petition.Slug, new SignatureRequest(reader, EmailUpdates: true), client);

        await campaign.RecordAsync(1, "2026-11-20", "部長表示正在審查。").OkJsonAsync();
        await app.DrainOutboxAsync();

        var email = app.Mailbox.MessagesTo(reader).Single(m => m.Subject.Contains("已回覆"));
        Assert.Contains("閱讀回覆", email.TextBody);
    }

    [Fact]
    public async Task The_campaign_and_tracking_pages_show_who_answered_and_who_has_been_silent_since_delivery()
    {
        var campaign = await app.AnsweredCampaignAsync();
        await app.DeliveredAsync(campaign, 1, app.Clock.UtcNow);
        await campaign.RecordAsync(0, "2026-11-20", "The minister promised a reply from the prosecutor.").OkJsonAsync();

        var early = (await app.CampaignPageAsync(campaign.Petition.Slug)).QuerySelector("#answers").Text();
        app.Clock.Advance(TimeSpan.FromDays(31));
        var page = (await app.CampaignPageAsync(campaign.Petition.Slug)).QuerySelector("#answers").Text();
        var tracking = (await app.CreateClient().GetPageAsync($"/campaigns/{campaign.Petition.Slug}/tracking")).QuerySelector("#answers").Text();

        Assert.Contains("Waiting for an answer", early);
        Assert.Contains("1 of 2 officials have answered.", page);
        Assert.Contains("Answered on 20 November 2026", page);
        Assert.Contains("The minister promised a reply from the prosecutor.", page);
        Assert.Contains("No answer 31 days after delivery", page);
        Assert.Equal(page, tracking);
    }

    [Fact]
    public async Task Without_a_delivery_the_wait_counts_from_publication_and_the_organizer_sets_its_length()
    {
        var campaign = await app.AnsweredCampaignAsync();
        app.Clock.Advance(TimeSpan.FromDays(10));
        var organizer = await app.Seed.ClientForAsync(campaign.Organizer);

        var before = await app.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/campaigns/{campaign.Petition.Slug}/answers");
        await organizer.PutAsJsonAsync($"{campaign.Answers}/wait", new { waitDays = 7 }).OkJsonAsync();
        var page = (await app.CampaignPageAsync(campaign.Petition.Slug)).QuerySelector("#answers").Text();

        Assert.Equal("awaited", before.GetProperty("officials")[0].GetProperty("state").GetString());
        Assert.Contains("No answer 10 days after publication", page);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_field_errors_and_nothing_is_written()
    {
        var campaign = await app.AnsweredCampaignAsync();
        var tomorrow = app.Clock.UtcNow.AddDays(2).ToString("yyyy-MM-dd");

        var future = await campaign.RecordAsync(0, tomorrow, "A reply from the future.");
        var empty = await campaign.RecordAsync(0, "2026-11-20", "  ");
        var tooLong = await campaign.RecordAsync(0, "2026-11-20", new string('a', 2001));
        var wait = await campaign.Client.PutAsJsonAsync($"{campaign.Answers}/wait", new { waitDays = 0 });
        var notAnswered = await campaign.AttachAsync(0, AnswerSteps.Pdf, "application/pdf");
        var notOurs = await campaign.Client.PutAsJsonAsync($"{campaign.Answers}/{Guid.NewGuid()}", new { receivedOn = "2026-11-20", summary = "x" });

        await Problems.AssertFieldErrorAsync(future, "receivedOn");
        await Problems.AssertFieldErrorAsync(empty, "summary");
        await Problems.AssertFieldErrorAsync(tooLong, "summary");
        await Problems.AssertFieldErrorAsync(wait, "waitDays");
        await Problems.AssertProblemAsync(notAnswered, HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(notOurs, HttpStatusCode.NotFound);
        Assert.Equal(0, await app.StoredAnswersAsync(campaign.Petition));
        Assert.Equal(Campaign.DefaultAnswerWaitDays, (await app.Seed.FindCampaignAsync(campaign.Petition.Slug))!.AnswerWaitDays);
    }

    [Fact]
    public async Task A_pdf_is_only_downloaded_an_image_is_re_encoded_and_anything_else_is_refused()
    {
        var campaign = await app.AnsweredCampaignAsync();
        await campaign.RecordAsync(0, "2026-11-20", "Letter from the ministry.").OkJsonAsync();
        await campaign.RecordAsync(1, "2026-11-20", "Photo of the embassy's letter.").OkJsonAsync();

        var pdf = await campaign.AttachAsync(0, AnswerSteps.Pdf, "application/pdf").OkJsonAsync();
        var image = await campaign.AttachAsync(1, Png(), "image/png").OkJsonAsync();
        var html = await campaign.AttachAsync(1, "<html><script>alert(1)</script></html>"u8.ToArray(), "application/pdf");
        var pdfResponse = await app.CreateClient().GetAsync(pdf.GetProperty("documentUrl").GetString());
        var imageResponse = await app.CreateClient().GetAsync(image.GetProperty("documentUrl").GetString());

        await Problems.AssertFieldErrorAsync(html, "document");
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", pdfResponse.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(AnswerSteps.Pdf, await pdfResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", imageResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", imageResponse.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("Download the answer (PDF)", (await app.CampaignPageAsync(campaign.Petition.Slug)).QuerySelector("#answers").Text());
    }

    [Fact]
    public async Task Another_organisation_and_a_viewer_change_nothing_and_each_decision_is_in_the_audit_log()
    {
        var campaign = await app.AnsweredCampaignAsync();
        var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var viewer = await app.Seed.ClientForAsync(await app.MemberAsync(campaign.Organizer, MemberRole.Viewer));
        var answer = new { receivedOn = "2026-11-20", summary = "Not ours to record." };

        var byStranger = await stranger.PutAsJsonAsync($"{campaign.Answers}/{campaign.Officials[0]}", answer);
        var byViewer = await viewer.PutAsJsonAsync($"{campaign.Answers}/{campaign.Officials[0]}", answer);
        await campaign.RecordAsync(0, "2026-11-20", "Recorded by the owner.").OkJsonAsync();
        await campaign.Client.DeleteAsync($"{campaign.Answers}/{campaign.Officials[0]}");
        var lines = await campaign.Client.AuditLinesAsync(await app.OrganisationSlugAsync(campaign.Organizer));

        Assert.Contains(byStranger.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(0, await app.StoredAnswersAsync(campaign.Petition));
        Assert.Contains(lines, l => l.GetProperty("action").GetString() == "answerRecorded");
        Assert.Contains(lines, l => l.GetProperty("action").GetString() == "answerRemoved");
    }

    [Fact]
    public async Task The_organizer_records_an_answer_on_the_page_and_a_mistake_shows_beside_the_field()
    {
        var campaign = await app.AnsweredCampaignAsync();
        var browser = await app.SignedInBrowserAsync(campaign.Organizer);
        var path = $"/organizer/campaigns/{campaign.Petition.Slug}/answers";
        var action = $"{path}/{campaign.Officials[0]}";

        var wrong = await browser.SubmitAsync(await browser.GetPageAsync(path), action, new Dictionary<string, string> { ["ReceivedOn"] = "2026-11-20", ["Summary"] = "" });
        var right = await browser.SubmitAsync(await browser.GetPageAsync(path), action, new Dictionary<string, string> { ["ReceivedOn"] = "2026-11-20", ["Summary"] = "Acknowledged receipt." });
        var shown = await browser.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Summarise the answer.", (await wrong.ParseAsync()).QuerySelector($"#answer-{campaign.Officials[0]} .field-error").Text());
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("Acknowledged receipt.", shown.QuerySelector($"#answer-{campaign.Officials[0]}").Text());
        Assert.Equal(1, await app.StoredAnswersAsync(campaign.Petition));
    }

    private IReadOnlyList<ReceivedEmail> Answers(string address) =>
        app.Mailbox.MessagesTo(address).Where(m => m.Subject.Contains(AnswerSubject)).ToList();

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(40, 30);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

public sealed class OfficialAnswersOnTheConfiguredDatabaseTests(CampaignsAppFactory app) : OfficialAnswersTests(app), IClassFixture<CampaignsAppFactory>;

public sealed class OfficialAnswersOnSqliteTests(EmbeddedDatabaseAppFactory app) : OfficialAnswersTests(app), IClassFixture<EmbeddedDatabaseAppFactory>;
