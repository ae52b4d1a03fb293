using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Following;
using Campaigns.Web.Features.Milestones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Following;

public class MilestoneTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_milestone_is_announced_once_to_each_follower_when_several_instances_count_at_once()
    {
        var (petition, person) = await PetitionAboutAsync(count: 98, goal: 5000);
        var followers = new[] { Emails.Unique("family"), Emails.Unique("friend") };
        foreach (var email in followers)
        {
            await app.FollowAndConfirmAsync(person.Slug, email);
        }
        await AddDeltasAsync(petition.Id, 3);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.CountSignaturesAsync())
            .Concat(Enumerable.Range(0, 4).Select(_ => DetectAsync(petition.Id))));
        await app.CountSignaturesAsync();
        await app.DrainOutboxAsync();

        Assert.Equal([100], await ThresholdsAsync(m => m.CampaignId == petition.Id));
        Assert.Equal([100], await ThresholdsAsync(m => m.CaseId == person.Id));
        foreach (var email in followers)
        {
            var milestones = app.Mailbox.MessagesTo(email).Where(m => m.Subject.Contains("passed 100 signatures")).ToList();
            Assert.Equal(2, milestones.Count);
            Assert.Single(milestones, m => m.Subject.StartsWith("Campaigns for Huang Xueqin", StringComparison.Ordinal));
            Assert.All(milestones, m => Assert.Equal("List-Unsubscribe=One-Click", m.Mime.Header("List-Unsubscribe-Post")));
        }
    }

    [Fact]
    public async Task Counting_again_after_a_milestone_announces_nothing_new()
    {
        var (petition, person) = await PetitionAboutAsync(count: 99, goal: null);
        var email = Emails.Unique("family");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await AddDeltasAsync(petition.Id, 1);
        await app.CountSignaturesAsync();

        await AddDeltasAsync(petition.Id, 1);
        await app.CountSignaturesAsync();
        await DetectAsync(petition.Id);
        await app.DrainOutboxAsync();

        Assert.Equal(2, app.Mailbox.MessagesTo(email).Count(m => m.Subject.Contains("passed 100 signatures")));
    }

    [Fact]
    public async Task Reaching_the_goal_is_announced_as_the_goal_and_a_jump_past_several_thresholds_sends_one_email()
    {
        var (petition, person) = await PetitionAboutAsync(count: 90, goal: 600);
        var email = Emails.Unique("family");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await AddDeltasAsync(petition.Id, 520);

        await app.CountSignaturesAsync();
        await app.DrainOutboxAsync();

        Assert.Equal([100, 500, 600], await ThresholdsAsync(m => m.CampaignId == petition.Id));
        var campaignMail = app.Mailbox.MessagesTo(email).Where(m => m.Subject.StartsWith('"')).ToList();
        Assert.Single(campaignMail);
        Assert.Contains("has reached its goal of 600 signatures", campaignMail[0].Subject);
    }

    [Fact]
    public async Task Followers_who_have_not_confirmed_or_have_unsubscribed_hear_nothing()
    {
        var (petition, person) = await PetitionAboutAsync(count: 99, goal: null);
        var pending = Emails.Unique("pending");
        await app.CreateClient().FollowAsync(person.Slug, pending);
        await AddDeltasAsync(petition.Id, 1);

        await app.CountSignaturesAsync();
        await app.DrainOutboxAsync();

        Assert.DoesNotContain(app.Mailbox.MessagesTo(pending), m => m.Subject.Contains("passed"));
    }

    private async Task<(Campaign Petition, Case Person)> PetitionAboutAsync(int count, int? goal)
    {
        var person = await app.CaseAsync("Huang Xueqin");
        var petition = await app.Seed.PetitionAsync(c =>
        {
            c.SignatureCount = count;
            c.Goal = goal;
        });
        await app.LinkAsync(petition.Id, person);
        return (petition, person);
    }

    private Task AddDeltasAsync(Guid campaignId, int count) => app.WithDbAsync(async db =>
    {
        db.CountDeltas.AddRange(Enumerable.Range(0, count).Select(_ => new CountDelta { CampaignId = campaignId, Delta = 1 }));
        await db.SaveChangesAsync();
    });

    // A detector running beside the counters, as another instance would after its own fold.
    private Task<int> DetectAsync(Guid campaignId) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CampaignsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var announced = await MilestoneDetector.RecordAsync(db, [campaignId], app.Clock.UtcNow, CancellationToken.None);
        await transaction.CommitAsync();
        return announced;
    });

    private Task<List<int>> ThresholdsAsync(System.Linq.Expressions.Expression<Func<Milestone, bool>> subject) =>
        app.WithDbAsync(db => db.Milestones.Where(subject).OrderBy(m => m.Threshold).Select(m => m.Threshold).ToListAsync());
}
