using System.Net;
using System.Text.Json;
using Campaigns.Tests.Deliveries;
using Campaigns.Tests.Following;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.MySignatures;

public class WithdrawAndEraseTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_withdrawn_signature_stops_counting_and_leaves_the_export_the_tracking_page_and_the_digest_not_yet_sent()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var organizerClient = await app.Seed.ClientForAsync(organizer);
        var petition = await app.LetterCampaignAsync(CampaignKind.Petition, t =>
        {
            t.Mode = DeliveryMode.Digest;
            t.DigestThreshold = 2;
        }, owner: organizer);
        var leaving = Emails.Unique("leaving");
        var staying = Emails.Unique("staying");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(leaving, Name: "Marie Curie"));
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(staying, Name: "Lise Meitner"));
        var path = await app.MySignaturesPathAsync(leaving);
        var pages = app.CreatePageClient();

        var withdrawn = await pages.SubmitFormAsync(path, "/withdraw", new Dictionary<string, string>());
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique("newcomer"), Name: "Emmy Noether"));
        await app.CountSignaturesAsync();
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("Withdrawn", (await pages.GetDocumentAsync(withdrawn.Headers.Location!.OriginalString)).QuerySelector("[role=status]").Text());
        Assert.Equal(2, (await app.Seed.FindCampaignAsync(petition.Slug))!.SignatureCount);
        Assert.Equal("2", (await pages.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking")).QuerySelector("[data-live=signatures]").Text());
        var export = await (await organizerClient.GetAsync($"/api/organizer/campaigns/{petition.Slug}/signatures.csv")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(leaving, export);
        Assert.Contains(staying, export);
        var digest = app.Mailbox.SingleMessageTo(petition.Target.Email!).TextBody;
        Assert.Contains("Lise Meitner", digest);
        Assert.Contains("Emmy Noether", digest);
        Assert.DoesNotContain("Marie Curie", digest);
        await app.ReconcileCountsAsync();
        Assert.Equal(2, (await app.Seed.FindCampaignAsync(petition.Slug))!.SignatureCount);
    }

    [Fact]
    public async Task A_withdrawn_letter_stays_delivered_where_it_went_and_is_cancelled_where_it_had_not()
    {
        var targets = 0;
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, t =>
        {
            t.Mode = DeliveryMode.Individual;
            t.Channel = targets++ == 0 ? DeliveryChannel.Email : DeliveryChannel.Post;
        }, targets: 2);
        var email = Emails.Unique("writer");
        await app.SignAndConfirmAsync(letter.Slug, new SignatureRequest(email, Name: "Marie Curie"));
        await app.RunDeliveriesAsync();
        await app.CountSignaturesAsync();
        var token = MySignaturesSteps.Token(await app.MySignaturesPathAsync(email));
        var api = app.CreateClient();
        using var records = JsonDocument.Parse(await api.GetStringAsync($"/api/my-signatures/{token}"));
        var signature = records.RootElement.GetProperty("signatures")[0];

        var withdrawn = await api.DeleteAsync($"/api/my-signatures/{token}/signatures/{signature.GetProperty("id").GetString()}");
        var again = await api.DeleteAsync($"/api/my-signatures/{token}/signatures/{signature.GetProperty("id").GetString()}");
        await app.CountSignaturesAsync();

        Assert.Equal(2, signature.GetProperty("deliveries").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        await Problems.AssertProblemAsync(again, HttpStatusCode.NotFound);
        var deliveries = await app.DeliveriesAsync(letter.Campaign.Id);
        Assert.Equal([DeliveryStatus.Sent, DeliveryStatus.Cancelled], deliveries.Select(d => d.Status).Order());
        Assert.All(deliveries, d => Assert.Null(d.SignatureId));
        Assert.Equal(0, (await app.Seed.FindCampaignAsync(letter.Slug))!.SignatureCount);
    }

    [Fact]
    public async Task Erasing_asks_first_then_removes_signatures_follows_and_unsent_mail_and_the_link_shows_nothing()
    {
        var petition = await app.Seed.PetitionAsync();
        var pending = await app.Seed.PetitionAsync();
        var person = await app.CaseAsync("Huang Xueqin");
        var email = Emails.Unique("erase");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(email));
        await app.FollowAndConfirmAsync(person.Slug, email);
        await app.CountSignaturesAsync();
        var path = await app.MySignaturesPathAsync(email);
        await app.CreateClient().SignAsync(pending.Slug, new SignatureRequest(email));
        var mailBefore = app.Mailbox.MessagesTo(email).Count;
        var pages = app.CreatePageClient();

        var asked = await pages.GetDocumentAsync($"{path}/erase");
        var stillThere = await app.WithDbAsync(db => db.Signatures.CountAsync(s => s.Email == email));
        var erased = await pages.SubmitFormAsync($"{path}/erase", "/erase", new Dictionary<string, string>());
        await app.DrainOutboxAsync();
        await app.CountSignaturesAsync();

        Assert.Contains("Erase everything?", asked.QuerySelector("h1").Text());
        Assert.Equal(2, stillThere);
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Contains("Everything is erased", (await HtmlForms.ParseAsync(erased)).QuerySelector("h1").Text());
        Assert.Equal(0, (await app.Seed.FindCampaignAsync(petition.Slug))!.SignatureCount);
        Assert.Equal(0, await app.WithDbAsync(db => db.Signatures.CountAsync(s => s.Email == email)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Followers.CountAsync(f => f.Email == email)));
        Assert.Equal(mailBefore, app.Mailbox.MessagesTo(email).Count);
        Assert.Contains("Nothing is kept here about this address", (await pages.GetDocumentAsync(path)).QuerySelector("main").Text());
    }
}
