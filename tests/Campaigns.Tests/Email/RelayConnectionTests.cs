using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Email;

/// <summary>How the app holds its connections to the relay: reused, reopened when the relay hangs up, closed when idle.</summary>
public class RelayConnectionTests
{
    [Fact]
    public async Task Messages_share_one_connection_while_the_relay_keeps_it_open()
    {
        await using var relay = new ScriptedRelay();
        await using var app = relay.App();
        var petition = await app.Seed.PetitionAsync();
        var client = app.CreateClient();

        foreach (var email in new[] { Emails.Unique(), Emails.Unique(), Emails.Unique() })
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.SignAsync(petition.Slug, new SignatureRequest(email))).StatusCode);
        }
        await app.DrainOutboxAsync();

        Assert.Equal(3, relay.Messages.Count);
        Assert.Equal(1, relay.Connections);
    }

    [Theory]
    [InlineData(HangUp.Silently)]
    [InlineData(HangUp.With421)]
    public async Task A_connection_the_relay_closed_is_reopened_and_the_next_message_goes_on_its_first_attempt(HangUp hangUp)
    {
        await using var relay = new ScriptedRelay(hangUp: hangUp);
        await using var app = relay.App();
        var petition = await app.Seed.PetitionAsync();
        var client = app.CreateClient();
        var first = Emails.Unique();
        var second = Emails.Unique();

        await client.SignAsync(petition.Slug, new SignatureRequest(first));
        await app.DrainOutboxAsync();
        await client.SignAsync(petition.Slug, new SignatureRequest(second));
        await app.DrainOutboxAsync();

        Assert.Equal([first, second], relay.Messages.Select(m => m.To.Mailboxes.Single().Address));
        Assert.Equal(2, relay.Connections);
        var outbox = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
        Assert.All(outbox, m => Assert.Equal((OutboxState.Sent, 1), (m.State, m.Attempts)));
    }

    [Fact]
    public async Task A_relay_that_refuses_connections_leaves_the_message_to_be_retried()
    {
        int closedPort;
        await using (var gone = new ScriptedRelay())
        {
            closedPort = gone.Port;
        }
        await using var app = ScriptedRelay.AppSendingTo(closedPort);
        var petition = await app.Seed.PetitionAsync();

        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));
        await app.DrainOutboxAsync();

        var message = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal((OutboxState.Retrying, 1), (message.State, message.Attempts));
        Assert.True(message.AvailableAt > app.Clock.UtcNow, "A message the relay could not take must wait before its next attempt.");
    }

    [Fact]
    public async Task An_idle_connection_is_closed_with_quit()
    {
        await using var relay = new ScriptedRelay();
        await using var app = relay.App(("Mail:Smtp:IdleSeconds", "1"));
        var petition = await app.Seed.PetitionAsync();

        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));
        await app.DrainOutboxAsync();
        Assert.Single(relay.Messages);

        await Poll.UntilAsync(() => Task.FromResult(relay.Quits == 1), "the idle connection to be closed with QUIT", TimeSpan.FromSeconds(10));
        Assert.Equal("QUIT", relay.Commands.Last());
    }
}
