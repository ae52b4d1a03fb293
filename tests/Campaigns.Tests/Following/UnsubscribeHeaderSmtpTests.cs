using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Following;

public class UnsubscribeHeaderSmtpTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    [SmtpFact]
    public async Task Follower_emails_carry_the_unsubscribe_headers_through_a_real_smtp_server()
    {
        var (person, organizer) = await app.OrganizerCaseAsync("Nguyễn Văn Đài");
        var email = Emails.Unique("smtp-follower");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await organizer.AddUpdateAsync(person.Slug, "News from the prison.");

        await app.DrainOutboxAsync();

        var news = (await app.Mailbox.WaitForMessagesToAsync(email, 2)).Single(m => m.Subject == "News about Nguyễn Văn Đài");
        Assert.Equal("List-Unsubscribe=One-Click", news.Header("List-Unsubscribe-Post"));
        Assert.StartsWith("http://campaigns.test/unsubscribe/", FollowingSteps.UnsubscribeLink(news).AbsoluteUri);
    }
}
