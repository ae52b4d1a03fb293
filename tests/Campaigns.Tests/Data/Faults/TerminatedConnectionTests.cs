using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Features.Signing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Campaigns.Tests.Data.Faults;

/// <summary>The server ends the app's connections (an operator's pg_terminate_backend, a failover, a restart).</summary>
public class TerminatedConnectionTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const int Signers = 240;
    private const int Concurrency = 12;
    private const int TerminateEvery = 40;
    private int _answered;

    [PostgresFact]
    public async Task Signers_whose_connections_are_terminated_are_all_accepted_and_every_signature_is_stored()
    {
        var logs = new CapturedLogs();
        await using var watched = Watched(logs);
        var client = watched.CreateClient();
        var petition = await app.Seed.PetitionAsync();
        var emails = Enumerable.Range(0, Signers).Select(_ => Emails.Unique()).ToArray();

        var signing = InParallel(emails, email => client.SignAsync(petition.Slug, new SignatureRequest(email)));
        var terminated = await Backends.KeepTerminatingAsync(app.Database, signing, () => _answered, TerminateEvery);
        var answers = await signing;

        Assert.True(terminated > 0, "No connection was terminated while signing.");
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Accepted, answer));
        var stored = await app.WithDbAsync(db => db.Signatures.Where(s => s.CampaignId == petition.Id)
            .Select(s => new { s.Email, Key = SignatureEmails.Confirmation + ":" + s.Id }).ToListAsync());
        Assert.Equal(emails.Order(), stored.Select(s => s.Email).Order());
        var keys = stored.Select(s => s.Key).ToList();
        Assert.Equal(Signers, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => keys.Contains(m.DeliveryKey))));
        AssertNothingUnhandled(logs);
    }

    [PostgresFact]
    public async Task Confirmations_whose_connections_are_terminated_all_succeed_and_all_count()
    {
        var logs = new CapturedLogs();
        await using var watched = Watched(logs);
        var client = watched.CreateClient();
        var petition = await app.Seed.PetitionAsync();
        var emails = Enumerable.Range(0, Signers / 2).Select(_ => Emails.Unique()).ToArray();
        Assert.All(await InParallel(emails, email => client.SignAsync(petition.Slug, new SignatureRequest(email))),
            answer => Assert.Equal(HttpStatusCode.Accepted, answer));
        await app.DrainOutboxAsync();
        var tokens = emails.Select(email => app.Mailbox.SingleMessageTo(email).ConfirmationToken).ToArray();

        var confirming = InParallel(tokens, token => client.ConfirmAsync(token));
        var terminated = await Backends.KeepTerminatingAsync(app.Database, confirming, () => _answered, TerminateEvery);
        var answers = await confirming;

        Assert.True(terminated > 0, "No connection was terminated while confirming.");
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer));
        Assert.Equal(emails.Length, await app.WithDbAsync(db => db.Signatures.CountAsync(s => s.CampaignId == petition.Id && s.ConfirmedAt != null)));
        AssertNothingUnhandled(logs);
    }

    [PostgresFact]
    public async Task Reads_right_after_every_pooled_connection_was_terminated_answer_200()
    {
        var logs = new CapturedLogs();
        await using var watched = Watched(logs);
        var client = watched.CreateClient();
        var petition = await app.Seed.PetitionAsync();
        var reads = new[] { $"/api/campaigns/{petition.Slug}", "/api/cases", $"/campaigns/{petition.Slug}", "/campaigns" };
        await InParallel(Enumerable.Repeat(reads, 4).SelectMany(r => r).ToArray(), client.GetAsync);

        Assert.True(await Backends.TerminateAsync(app.Database) > 0, "The app held no connection to terminate.");
        var answers = await InParallel(reads, client.GetAsync);

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer));
        AssertNothingUnhandled(logs);
    }

    private WebApplicationFactory<Program> Watched(CapturedLogs logs) =>
        app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));

    private static void AssertNothingUnhandled(CapturedLogs logs) =>
        Assert.DoesNotContain(logs.Warnings, w => w.Contains("unhandled", StringComparison.OrdinalIgnoreCase));

    private async Task<HttpStatusCode[]> InParallel<T>(T[] items, Func<T, Task<HttpResponseMessage>> send)
    {
        var answers = new HttpStatusCode[items.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Length), new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
            async (i, _) =>
            {
                using var response = await send(items[i]);
                answers[i] = response.StatusCode;
                Interlocked.Increment(ref _answered);
            });
        return answers;
    }
}
