using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Audit;
using Campaigns.Tests.Following;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Solidarity;

/// <summary>Messages of solidarity end to end; run once on each database the product supports.</summary>
public abstract class SolidarityMessageTests(CampaignsAppFactory app)
{
    [Fact]
    public async Task A_message_shows_on_the_case_page_only_after_its_writer_confirms_and_the_organizers_approve()
    {
        var (person, owner, organizer) = await app.OwnedCaseAsync("Ilham Tohti");
        var email = Emails.Unique("writer");
        var client = app.CreatePageClient();

        var written = await client.WriteAsync(person.Slug, SolidaritySteps.Message(email, "Dear Ilham, your words still teach us."));
        await app.DrainOutboxAsync();
        var confirmation = app.Mailbox.SingleMessageTo(email);
        var link = SolidaritySteps.ConfirmLink(confirmation);
        var opened = await client.GetDocumentAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.Accepted, written.StatusCode);
        Assert.Contains("Ilham Tohti", confirmation.Subject);
        Assert.Contains("Dear Ilham, your words still teach us.", confirmation.TextBody);
        Assert.Contains("Confirm my message", opened.QuerySelector("form button").Text());
        Assert.Empty((await (await organizer.GetAsync($"/api/organizer/cases/{person.Slug}/messages")).JsonAsync()).GetProperty("messages").EnumerateArray());

        await client.SubmitFormAsync(link.PathAndQuery, link.AbsolutePath, new Dictionary<string, string>());
        var waiting = await (await organizer.GetAsync($"/api/organizer/cases/{person.Slug}/messages")).JsonAsync();
        var id = waiting.GetProperty("messages")[0].GetProperty("id").GetGuid();
        var before = await client.GetDocumentAsync($"/cases/{person.Slug}");

        Assert.Equal(1, waiting.GetProperty("tally").GetProperty("waiting").GetInt32());
        Assert.DoesNotContain(email, waiting.ToString());
        Assert.DoesNotContain("your words still teach us", before.QuerySelector("#messages").Text());

        await organizer.ReviewAsync(person.Slug, id, "approve");
        var after = await client.GetDocumentAsync($"/cases/{person.Slug}");

        Assert.Contains("Dear Ilham, your words still teach us.", after.QuerySelector("#messages").Text());
        Assert.Contains("Ana, Portugal", after.QuerySelector("#messages").Text());
        Assert.DoesNotContain(email, after.Body!.InnerHtml);
    }

    [Fact]
    public async Task Writers_are_named_only_as_they_agreed_and_their_words_are_shown_as_text()
    {
        var (person, owner, organizer) = await app.OwnedCaseAsync();
        var named = Emails.Unique("named");
        var countryOnly = Emails.Unique("country");
        var anonymous = Emails.Unique("anonymous");
        foreach (var id in new[]
        {
            await app.WriteAndConfirmAsync(person.Slug, SolidaritySteps.Message(named, "<script>alert(1)</script> Stay strong", firstName: "Ana"), named),
            await app.WriteAndConfirmAsync(person.Slug, SolidaritySteps.Message(countryOnly, "致黄雪琴：我们等你回家。", shown: "CountryOnly", firstName: "Marc", country: "FR", addressee: "Family"), countryOnly),
            await app.WriteAndConfirmAsync(person.Slug, SolidaritySteps.Message(anonymous, "Courage.", shown: "Anonymous", firstName: "Kenji", country: "JP"), anonymous),
        })
        {
            await organizer.ReviewAsync(person.Slug, id, "approve");
        }

        var page = await app.CreatePageClient().GetDocumentAsync($"/cases/{person.Slug}/messages");
        var writers = page.QuerySelectorAll(".solidarity-message").Select(m => m.QuerySelectorAll("p").Last().Text()).ToList();
        var json = await (await app.CreateClient().GetAsync($"/api/cases/{person.Slug}/messages")).JsonAsync();

        Assert.Equal(["A supporter", "A supporter from France", "Ana, Portugal"], writers);
        Assert.Contains("<script>alert(1)</script> Stay strong", page.QuerySelectorAll(".message-text").Select(p => p.TextContent));
        Assert.Empty(page.QuerySelectorAll(".solidarity-messages script"));
        Assert.DoesNotContain("Marc", page.Body!.TextContent);
        Assert.DoesNotContain("Kenji", json.ToString());
        Assert.Equal(3, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_case_page_shows_the_newest_messages_and_pages_through_the_rest()
    {
        var (person, owner, organizer) = await app.OwnedCaseAsync();
        for (var i = 1; i <= 11; i++)
        {
            var email = Emails.Unique($"page{i}");
            await organizer.ReviewAsync(person.Slug, await app.WriteAndConfirmAsync(person.Slug, SolidaritySteps.Message(email, $"Message number {i}"), email), "approve");
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var client = app.CreatePageClient();

        var casePage = await client.GetDocumentAsync($"/cases/{person.Slug}");
        var second = await client.GetDocumentAsync($"/cases/{person.Slug}/messages?page=2");

        var shown = casePage.QuerySelectorAll("#messages .message-text").Select(p => p.Text()).ToList();
        Assert.Equal(10, shown.Count);
        Assert.Equal("Message number 11", shown[0]);
        Assert.Equal("Message number 2", shown[^1]);
        Assert.Equal(["Message number 1"], second.QuerySelectorAll(".message-text").Select(p => p.Text()));
        Assert.NotNull(casePage.QuerySelector($"#messages a[href='/cases/{person.Slug}/messages?page=2']"));
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_in_the_api_and_messages_on_the_form_and_nothing_is_written()
    {
        var person = await app.CaseAsync();
        var tooLong = new string('x', 1501);

        var api = await app.CreateClient().WriteAsync(person.Slug, new { addressee = "Warden", text = tooLong, shown = "1", country = "XX", email = "nobody" });
        var named = await app.CreateClient().WriteAsync(person.Slug, SolidaritySteps.Message(Emails.Unique("noname"), firstName: " "));
        var client = app.CreatePageClient();
        var path = $"/cases/{person.Slug}/messages/write";
        var form = await client.SubmitFormAsync(path, path, new Dictionary<string, string> { ["Text"] = " ", ["Email"] = "not an address" });

        foreach (var field in new[] { "addressee", "text", "shown", "country", "email" })
        {
            await Problems.AssertFieldErrorAsync(api, field);
        }
        await Problems.AssertFieldErrorAsync(named, "firstName");
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        var errors = (await HtmlForms.ParseAsync(form)).QuerySelector(".errors").Text();
        Assert.Contains("Please write your message.", errors);
        Assert.Contains("Please choose your country.", errors);
        Assert.Contains("Please enter a valid email address", errors);
        Assert.Equal(0, await app.WithDbAsync(db => db.SolidarityMessages.CountAsync(m => m.CaseId == person.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().WriteAsync("no-such-case", SolidaritySteps.Message(Emails.Unique("x")))).StatusCode);
    }

    [Fact]
    public async Task The_printable_bundle_gives_each_approved_message_a_page_with_the_persons_name()
    {
        var (person, owner, organizer) = await app.OwnedCaseAsync("Gao Zhen");
        var kept = Emails.Unique("kept");
        var refused = Emails.Unique("refused");
        await organizer.ReviewAsync(person.Slug, await app.WriteAndConfirmAsync(person.Slug, SolidaritySteps.Message(kept, "Your art is seen.", addressee: "Family"), kept), "approve");
        await organizer.ReviewAsync(person.Slug, await app.WriteAndConfirmAsync(person.Slug, SolidaritySteps.Message(refused, "Spam spam spam"), refused), "reject");
        var browser = app.CreateBrowser();
        await browser.SignInAsync(owner);

        var bundle = await browser.GetPageAsync($"/organizer/cases/{person.Slug}/messages/print");
        var stylesheet = bundle.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("solidarity"));
        var css = await app.CreateClient().GetStringAsync(stylesheet);

        var pages = bundle.QuerySelectorAll("article.printed-message");
        var only = Assert.Single(pages);
        Assert.Equal("To the family of Gao Zhen", only.QuerySelector(".printed-message-to").Text());
        Assert.Equal("Your art is seen.", only.QuerySelector(".printed-message-text").Text());
        Assert.Equal("Ana, Portugal", only.QuerySelector(".printed-message-from").Text());
        Assert.Matches(@"@media print[\s\S]*\.printed-message \{[^}]*break-after: page", css);
    }

    [Fact]
    public async Task Each_decision_is_in_the_audit_log_and_the_counts_join_the_case_tracking()
    {
        var (person, owner, organizer) = await app.OwnedCaseAsync();
        var first = Emails.Unique("first");
        var second = Emails.Unique("second");
        var approved = await app.WriteAndConfirmAsync(person.Slug, SolidaritySteps.Message(first), first);
        await app.WriteAndConfirmAsync(person.Slug, SolidaritySteps.Message(second), second);

        await organizer.ReviewAsync(person.Slug, approved, "approve");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var counts = await (await app.CreateClient().GetAsync($"/api/cases/{person.Slug}/counts")).JsonAsync();
        var tracking = await app.CreatePageClient().GetDocumentAsync($"/cases/{person.Slug}/tracking");
        var lines = await organizer.AuditLinesAsync(await app.OrganisationSlugAsync(owner));

        Assert.Equal(1, counts.GetProperty("messages").GetProperty("approved").GetInt32());
        Assert.Equal(1, counts.GetProperty("messages").GetProperty("waiting").GetInt32());
        Assert.Equal("1", tracking.QuerySelector("#messages [data-messages=approved]").Text());
        Assert.Equal("1", tracking.QuerySelector("#messages [data-messages=waiting]").Text());
        var line = Assert.Single(lines, l => l.GetProperty("action").GetString() == "solidarityMessageApproved");
        Assert.Equal(person.Slug, line.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Another_organisation_cannot_see_or_decide_and_viewers_change_nothing()
    {
        var (person, owner, organizer) = await app.OwnedCaseAsync();
        var email = Emails.Unique("guarded");
        var id = await app.WriteAndConfirmAsync(person.Slug, SolidaritySteps.Message(email), email);
        var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var viewer = await app.Seed.ClientForAsync(await app.MemberAsync(owner, MemberRole.Viewer));

        var looked = await stranger.GetAsync($"/api/organizer/cases/{person.Slug}/messages");
        var decided = await stranger.PostAsync($"/api/organizer/cases/{person.Slug}/messages/{id}/approve", null);
        var viewerLooked = await viewer.GetAsync($"/api/organizer/cases/{person.Slug}/messages");
        var viewerDecided = await viewer.PostAsync($"/api/organizer/cases/{person.Slug}/messages/{id}/approve", null);
        var elsewhere = await organizer.PostAsync($"/api/organizer/cases/{person.Slug}/messages/{Guid.NewGuid()}/approve", null);

        Assert.Equal(HttpStatusCode.Forbidden, looked.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, decided.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viewerLooked.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewerDecided.StatusCode);
        await Problems.AssertProblemAsync(elsewhere, HttpStatusCode.NotFound);
        Assert.Equal(MessageReview.Pending, (await app.StoredAsync(id))!.Review);
    }

    [Fact]
    public async Task Retention_erases_the_writers_address_and_keeps_the_message_and_drops_unconfirmed_ones()
    {
        var (person, owner, organizer) = await app.OwnedCaseAsync();
        var kept = Emails.Unique("retained");
        var id = await app.WriteAndConfirmAsync(person.Slug, SolidaritySteps.Message(kept, "Still here."), kept);
        await organizer.ReviewAsync(person.Slug, id, "approve");
        var never = Emails.Unique("never-confirmed");
        await app.CreateClient().WriteAsync(person.Slug, SolidaritySteps.Message(never));

        app.Clock.Advance(TimeSpan.FromDays(31));
        await RunRetentionAsync();
        var afterMonth = await app.StoredAsync(id);
        app.Clock.Advance(TimeSpan.FromDays(31 * 6));
        await RunRetentionAsync();
        var afterRetention = await app.StoredAsync(id);

        Assert.Equal(kept, afterMonth!.Email);
        Assert.Null(afterMonth.IpHash);
        Assert.Null(afterRetention!.Email);
        Assert.Equal("Still here.", afterRetention.Text);
        Assert.Equal(0, await app.WithDbAsync(db => db.SolidarityMessages.CountAsync(m => m.CaseId == person.Id && m.ConfirmedAt == null)));
        Assert.Contains("Still here.", (await app.CreatePageClient().GetDocumentAsync($"/cases/{person.Slug}")).QuerySelector("#messages").Text());
    }

    private Task RunRetentionAsync() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<Campaigns.Web.Features.Retention.RetentionJob>().RunAsync(CancellationToken.None));

}

public class SolidarityMessagesOnTheConfiguredDatabaseTests(CampaignsAppFactory app) : SolidarityMessageTests(app), IClassFixture<CampaignsAppFactory>;

public class SolidarityMessagesOnTheEmbeddedDatabaseTests(EmbeddedDatabaseAppFactory app) : SolidarityMessageTests(app), IClassFixture<EmbeddedDatabaseAppFactory>;
