using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Following;

namespace Campaigns.Tests.Following;

public class UnsubscribeHeaderSmtpTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    [SmtpFact]
    public async Task Follower_emails_carry_the_unsubscribe_headers_through_a_real_smtp_server()
    {
        var person = await app.CaseAsync("王炳章");
        var email = Emails.Unique("smtp-follower");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await app.WithDbAsync(async db =>
        {
            var update = new CaseUpdate { CaseId = person.Id, Date = new DateOnly(2025, 3, 18), Summary = "News from the prison.", CreatedAt = app.Clock.UtcNow };
            db.CaseUpdates.Add(update);
            await FollowerNews.EnqueueCaseUpdateAsync(db, person.Id, update.Id, app.Clock.UtcNow, CancellationToken.None);
            await db.SaveChangesAsync();
        });

        await app.DrainOutboxAsync();

        var news = (await app.Mailbox.WaitForMessagesToAsync(email, 2)).Single(m => m.Subject == "News about 王炳章");
        Assert.Equal("List-Unsubscribe=One-Click", news.Mime.Header("List-Unsubscribe-Post"));
        Assert.StartsWith("http://campaigns.test/unsubscribe/", FollowingSteps.UnsubscribeLink(news).AbsoluteUri);
    }
}
