using System.Net;
using Campaigns.Tests.Following;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Series;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Series;

public class FollowUpEmailTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string FollowUpSubject = "new action";

    [Fact]
    public async Task Publishing_a_follow_up_emails_each_consenting_supporter_of_earlier_outputs_and_each_follower_once()
    {
        var series = await SeriesWithTwoOutputsAsync();
        var consenting = Emails.Unique("consenting");
        var withoutConsent = Emails.Unique("no-consent");
        var unconfirmed = Emails.Unique("unconfirmed");
        var signedBoth = Emails.Unique("both");
        var follower = Emails.Unique("follower");
        var pendingFollower = Emails.Unique("pending-follower");
        await app.SignAndConfirmAsync(series.First, new SignatureRequest(consenting, EmailUpdates: true));
        await app.SignAndConfirmAsync(series.First, new SignatureRequest(withoutConsent, EmailUpdates: false));
        await app.CreateClient().SignAsync(series.First, new SignatureRequest(unconfirmed, EmailUpdates: true));
        await app.SignAndConfirmAsync(series.First, new SignatureRequest(signedBoth, EmailUpdates: true));
        await app.SignAndConfirmAsync(series.Second, new SignatureRequest(signedBoth.ToUpperInvariant(), EmailUpdates: true));
        await app.FollowAndConfirmAsync(series.Person.Slug, follower);
        await app.FollowAndConfirmAsync(series.Person.Slug, consenting);
        await app.CreateClient().FollowAsync(series.Person.Slug, pendingFollower);
        await app.DrainOutboxAsync();

        await series.Organizer.PublishAsync(series.Third).OkJsonAsync();
        await app.DrainOutboxAsync();

        Assert.Single(FollowUps(consenting));
        Assert.Single(FollowUps(signedBoth));
        Assert.Single(FollowUps(follower));
        Assert.Empty(FollowUps(withoutConsent));
        Assert.Empty(FollowUps(unconfirmed));
        Assert.Empty(FollowUps(pendingFollower));
        var email = FollowUps(consenting)[0];
        Assert.Equal($"{series.Reference}, new action: {series.ThirdTitle}", email.Subject);
        Assert.Contains($"http://campaigns.test/campaigns/{series.Third}", email.TextBody);
        Assert.Equal("List-Unsubscribe=One-Click", email.Header("List-Unsubscribe-Post"));
    }

    [Fact]
    public async Task Nothing_is_sent_twice_when_publishing_is_repeated()
    {
        var series = await SeriesWithTwoOutputsAsync();
        var supporter = Emails.Unique("supporter");
        await app.SignAndConfirmAsync(series.First, new SignatureRequest(supporter, EmailUpdates: true));
        await series.Organizer.PublishAsync(series.Third).OkJsonAsync();
        await app.DrainOutboxAsync();

        var again = await series.Organizer.PublishAsync(series.Third);
        var queuedAgain = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CampaignsDbContext>();
            var campaign = await app.Seed.FindCampaignAsync(series.Third);
            return await FollowUpOutputs.EnqueueAsync(db, campaign!.Id, app.Clock.UtcNow, CancellationToken.None);
        });
        await app.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(0, queuedAgain);
        Assert.Single(FollowUps(supporter));
    }

    [Fact]
    public async Task Recipients_read_in_several_batches_are_each_emailed_once()
    {
        var series = await SeriesWithTwoOutputsAsync();
        var signers = Enumerable.Range(1, 5).Select(n => Emails.Unique($"batch-signer{n}")).ToList();
        var followers = Enumerable.Range(1, 3).Select(n => Emails.Unique($"batch-follower{n}")).ToList();
        foreach (var signer in signers)
        {
            await app.SignAndConfirmAsync(series.First, new SignatureRequest(signer, EmailUpdates: true));
        }
        await app.SignAndConfirmAsync(series.Second, new SignatureRequest(signers[2].ToUpperInvariant(), EmailUpdates: true));
        await app.SignAndConfirmAsync(series.Second, new SignatureRequest(signers[4], EmailUpdates: true));
        foreach (var follower in followers.Append(signers[0]))
        {
            await app.FollowAndConfirmAsync(series.Person.Slug, follower);
        }
        await app.DrainOutboxAsync();

        var queued = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CampaignsDbContext>();
            var campaign = await app.Seed.FindCampaignAsync(series.Third);
            return await FollowUpOutputs.EnqueueAsync(db, campaign!.Id, app.Clock.UtcNow, CancellationToken.None, batchSize: 2);
        });
        await series.Organizer.PublishAsync(series.Third).OkJsonAsync();
        await app.DrainOutboxAsync();

        Assert.Equal(signers.Count + followers.Count, queued);
        Assert.All(signers.Concat(followers), address => Assert.Single(FollowUps(address)));
    }

    [Fact]
    public async Task A_supporter_who_unsubscribes_from_the_series_hears_no_more_of_it()
    {
        var series = await SeriesWithTwoOutputsAsync();
        var supporter = Emails.Unique("supporter");
        await app.SignAndConfirmAsync(series.First, new SignatureRequest(supporter, EmailUpdates: true));
        await series.Organizer.PublishAsync(series.Third).OkJsonAsync();
        await app.DrainOutboxAsync();
        var link = FollowingSteps.UnsubscribeLink(FollowUps(supporter).Single());

        var unsubscribed = await app.CreateClient().PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        var fourth = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft, series.Owner);
        await series.Organizer.PlaceAsync(fourth.Slug, series.Reference, 4).OkJsonAsync();
        await series.Organizer.PublishAsync(fourth.Slug).OkJsonAsync();
        await app.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        Assert.Single(FollowUps(supporter));
    }

    private IReadOnlyList<ReceivedEmail> FollowUps(string address) =>
        app.Mailbox.MessagesTo(address).Where(m => m.Subject.Contains(FollowUpSubject, StringComparison.Ordinal)).ToList();

    private sealed record SeriesArrangement(
        Infrastructure.Organizer Owner, HttpClient Organizer, string Reference, Case Person, string First, string Second, string Third, string ThirdTitle);

    // Outputs 1 and 2 are published and about the same person; output 3 is a draft, ready to publish.
    private async Task<SeriesArrangement> SeriesWithTwoOutputsAsync()
    {
        var owner = await app.Seed.OrganizerAsync();
        var organizer = await app.Seed.ClientForAsync(owner);
        var reference = SeriesSteps.UniqueReference();
        await organizer.CreateSeriesAsync(reference).OkJsonAsync(HttpStatusCode.Created);
        var person = await app.CaseAsync("Huang Xueqin", owner.OrganisationId);
        var outputs = new List<Campaign>();
        for (var number = 1; number <= 3; number++)
        {
            var output = await app.Seed.PetitionAsync(c => c.Status = number < 3 ? CampaignStatus.Published : CampaignStatus.Draft, owner);
            await app.LinkAsync(output.Id, person);
            await organizer.PlaceAsync(output.Slug, reference, number).OkJsonAsync();
            outputs.Add(output);
        }
        return new SeriesArrangement(owner, organizer, reference, person, outputs[0].Slug, outputs[1].Slug, outputs[2].Slug, outputs[2].Title);
    }
}
