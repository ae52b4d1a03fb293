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
            var milestone = Assert.Single(MilestoneMail(email));
            Assert.Equal("Campaigns for Huang Xueqin have passed 100 signatures", milestone.Subject);
            Assert.Equal("List-Unsubscribe=One-Click", milestone.Header("List-Unsubscribe-Post"));
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

        Assert.Single(MilestoneMail(email));
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
        Assert.Equal([100, 500], await ThresholdsAsync(m => m.CaseId == person.Id));
        var milestone = Assert.Single(MilestoneMail(email));
        Assert.Contains("has reached its goal of 600 signatures", milestone.Subject);
    }

    [Fact]
    public async Task A_goal_that_is_also_a_round_number_for_the_person_is_announced_once_as_the_goal()
    {
        var (petition, person) = await PetitionAboutAsync(count: 99, goal: 100);
        var email = Emails.Unique("family");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await AddDeltasAsync(petition.Id, 1);

        await app.CountSignaturesAsync();
        await app.DrainOutboxAsync();

        Assert.Equal([100], await ThresholdsAsync(m => m.CaseId == person.Id));
        Assert.Contains("has reached its goal of 100 signatures", Assert.Single(MilestoneMail(email)).Subject);
    }

    [Fact]
    public async Task A_round_number_passed_by_a_campaign_alone_is_announced_only_when_the_person_passes_it()
    {
        var person = await app.CaseAsync("Huang Xueqin");
        var petition = await app.Seed.PetitionAsync(c => c.SignatureCount = 90);
        var letter = await app.Seed.PetitionAsync(c => c.SignatureCount = 5);
        await app.LinkAsync(petition.Id, person);
        await app.LinkAsync(letter.Id, person);
        var email = Emails.Unique("family");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await AddDeltasAsync(petition.Id, 3);
        await AddDeltasAsync(letter.Id, 3);

        await app.CountSignaturesAsync();
        await app.DrainOutboxAsync();

        Assert.Empty(await ThresholdsAsync(m => m.CampaignId == petition.Id));
        Assert.Equal([100], await ThresholdsAsync(m => m.CaseId == person.Id));
        Assert.Equal("Campaigns for Huang Xueqin have passed 100 signatures", Assert.Single(MilestoneMail(email)).Subject);
    }

    [Fact]
    public async Task A_campaign_passing_a_round_number_is_recorded_for_its_tracking_page_and_the_person_announced_once()
    {
        var (petition, person) = await PetitionAboutAsync(count: 499, goal: null);
        var email = Emails.Unique("family");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await AddDeltasAsync(petition.Id, 2);

        await app.CountSignaturesAsync();
        await app.DrainOutboxAsync();
        var tracking = await app.CreateClient().GetDocumentAsync($"/campaigns/{petition.Slug}/tracking");

        Assert.Equal("Next milestone: 1,000", tracking.QuerySelector(".next-milestone").Text());
        Assert.Equal(2, tracking.QuerySelectorAll(".milestones li").Length);
        Assert.Equal("Campaigns for Huang Xueqin have passed 500 signatures", Assert.Single(MilestoneMail(email)).Subject);
    }

    [Fact]
    public async Task An_appeal_letter_reaching_its_goal_is_announced_in_letters()
    {
        var person = await app.CaseAsync("Huang Xueqin");
        var letter = await app.Seed.PetitionAsync(c => (c.Kind, c.SignatureCount, c.Goal) = (CampaignKind.AppealLetter, 99, 100));
        await app.LinkAsync(letter.Id, person);
        var email = Emails.Unique("family");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await AddDeltasAsync(letter.Id, 1);

        await app.CountSignaturesAsync();
        await app.DrainOutboxAsync();

        var milestone = Assert.Single(MilestoneMail(email));
        Assert.Equal($"\"{letter.Title}\" has reached its goal of 100 letters", milestone.Subject);
        Assert.Contains($"The campaign \"{letter.Title}\" has reached 100 letters.", milestone.TextBody);
    }

    [Fact]
    public async Task A_person_with_petitions_and_letters_passes_round_numbers_in_signatures_and_letters()
    {
        var person = await app.CaseAsync("Huang Xueqin");
        var petition = await app.Seed.PetitionAsync(c => c.SignatureCount = 90);
        var letter = await app.Seed.PetitionAsync(c => (c.Kind, c.SignatureCount) = (CampaignKind.AppealLetter, 5));
        await app.LinkAsync(petition.Id, person);
        await app.LinkAsync(letter.Id, person);
        var email = Emails.Unique("family");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await AddDeltasAsync(petition.Id, 3);
        await AddDeltasAsync(letter.Id, 3);

        await app.CountSignaturesAsync();
        await app.DrainOutboxAsync();

        var milestone = Assert.Single(MilestoneMail(email));
        Assert.Equal("Campaigns for Huang Xueqin have passed 100 signatures and letters", milestone.Subject);
        Assert.Contains("Together, the campaigns for Huang Xueqin have passed 100 signatures and letters.", milestone.TextBody);
    }

    [Fact]
    public async Task Followers_who_have_not_confirmed_hear_nothing()
    {
        var (petition, person) = await PetitionAboutAsync(count: 99, goal: null);
        var pending = Emails.Unique("pending");
        await app.CreateClient().FollowAsync(person.Slug, pending);
        await AddDeltasAsync(petition.Id, 1);

        await app.CountSignaturesAsync();
        await app.DrainOutboxAsync();

        Assert.DoesNotContain(app.Mailbox.MessagesTo(pending), m => m.Subject.Contains("passed"));
    }

    private IEnumerable<ReceivedEmail> MilestoneMail(string email) =>
        app.Mailbox.MessagesTo(email).Where(m => m.Subject.Contains(" have passed ", StringComparison.Ordinal)
            || m.Subject.Contains(" has reached its goal ", StringComparison.Ordinal));

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
