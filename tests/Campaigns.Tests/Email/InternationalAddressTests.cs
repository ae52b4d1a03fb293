using System.Net;
using Campaigns.Tests.Following;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Email;

/// <summary>
/// A domain in any script can always be delivered (as punycode); letters outside ASCII before the @ only through a
/// relay that offers SMTPUTF8, so they are accepted only where the relay is known to (Mail:AllowInternationalLocalParts).
/// </summary>
public class InternationalAddressTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string Refused = "We cannot yet send email to an address with accented or non-Latin letters before the @. Please use another address.";

    [Fact]
    public async Task Signing_with_letters_outside_ascii_before_the_at_is_refused_and_nothing_is_stored()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest("王小明@例子.中国"));

        Assert.Equal([Refused], await Problems.AssertFieldErrorAsync(response, "email"));
        Assert.False(await app.WithDbAsync(db => db.Signatures.AnyAsync(s => s.CampaignId == petition.Id)));
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.DeliveryKey.Contains("王小明"))));
    }

    [Fact]
    public async Task Following_a_case_with_such_an_address_is_refused()
    {
        var person = await app.CaseAsync();

        var response = await app.CreateClient().FollowAsync(person.Slug, "josé@example.org");

        Assert.Equal([Refused], await Problems.AssertFieldErrorAsync(response, "email"));
        Assert.False(await app.WithDbAsync(db => db.Followers.AnyAsync(f => f.Email == "josé@example.org")));
    }

    [Fact]
    public async Task A_domain_in_any_script_is_accepted()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique(domain: "例子.中国");

        var response = await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(email));
        await app.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(email, app.Mailbox.SingleMessageTo(email).ToAddress);
    }

    [Fact]
    public async Task A_domain_in_any_script_goes_out_as_punycode_even_to_a_relay_that_offers_smtputf8()
    {
        await using var relay = new ScriptedRelay(smtpUtf8: true);
        await using var sending = relay.App();
        var petition = await sending.Seed.PetitionAsync();
        var email = Emails.Unique(domain: "例子.中国");

        await sending.CreateClient().SignAsync(petition.Slug, new SignatureRequest(email));
        await sending.DrainOutboxAsync();

        var local = email[..email.IndexOf('@')];
        Assert.Contains($"RCPT TO:<{local}@xn--fsqu00a.xn--fiqs8s>", relay.Commands);
        Assert.DoesNotContain(relay.Commands, c => c.Contains("SMTPUTF8", StringComparison.Ordinal) && !c.StartsWith("250", StringComparison.Ordinal));
        Assert.Equal(email, relay.Messages.Single().To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Where_allowed_such_an_address_goes_out_with_smtputf8_to_a_relay_that_offers_it()
    {
        await using var relay = new ScriptedRelay(smtpUtf8: true);
        await using var sending = relay.App(("Mail:AllowInternationalLocalParts", "true"));
        var petition = await sending.Seed.PetitionAsync();

        var response = await sending.CreateClient().SignAsync(petition.Slug, new SignatureRequest("王小明@例子.中国", Name: "王小明"));
        await sending.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains(relay.Commands, c => c.StartsWith("MAIL FROM:", StringComparison.Ordinal) && c.Contains(" SMTPUTF8", StringComparison.Ordinal));
        Assert.Contains("RCPT TO:<王小明@例子.中国>", relay.Commands);
        Assert.Equal("王小明@例子.中国", relay.Messages.Single().To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Such_an_address_fails_for_good_on_its_first_attempt_when_the_relay_lacks_smtputf8()
    {
        await using var relay = new ScriptedRelay(smtpUtf8: false);
        await using var sending = relay.App(("Mail:AllowInternationalLocalParts", "true"));
        var petition = await sending.Seed.PetitionAsync();

        await sending.CreateClient().SignAsync(petition.Slug, new SignatureRequest("王小明@example.org"));
        await sending.DrainOutboxAsync();

        var message = await sending.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal((OutboxState.Dead, 1), (message.State, message.Attempts));
        Assert.Contains("SMTPUTF8", message.LastError);
        Assert.Empty(relay.Messages);
    }

    [SmtpFact]
    public async Task A_domain_in_any_script_reaches_the_smtp_server()
    {
        await using var sending = CampaignsAppFactory.Create(new AppOptions { Mail = MailDelivery.Smtp });
        var petition = await sending.Seed.PetitionAsync();
        var email = Emails.Unique(domain: "例子.中国");

        Assert.Equal(HttpStatusCode.Accepted, (await sending.CreateClient().SignAsync(petition.Slug, new SignatureRequest(email))).StatusCode);
        await sending.DrainOutboxAsync();

        var received = await sending.Mailbox.WaitForMessageToAsync(email);
        Assert.Equal(email, received.ToAddress);
        Assert.Contains("xn--fsqu00a.xn--fiqs8s", received.Header("X-RcptTo"));
    }
}
