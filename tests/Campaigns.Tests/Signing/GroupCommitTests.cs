using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Campaigns.Tests.Signing;

/// <summary>
/// Concurrent signatures share transactions (group commit). One writer, so a test can hold it on a row lock
/// and see what gathers behind it.
/// </summary>
public class GroupCommitTests(GroupCommitTests.OneWriterAppFactory app) : IClassFixture<GroupCommitTests.OneWriterAppFactory>
{
    public sealed class OneWriterAppFactory() : CampaignsAppFactory(new AppOptions
    {
        Settings = new Dictionary<string, string> { ["Signing:Writers"] = "1" },
    });

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Concurrent_signers_are_each_stored_once_with_their_confirmation_email()
    {
        var petition = await app.Seed.PetitionAsync();
        var addresses = Enumerable.Range(0, 60).Select(_ => Emails.Unique()).ToList();
        var repeated = Emails.Unique();

        var responses = await Task.WhenAll(addresses.Concat(Enumerable.Repeat(repeated, 10))
            .Select(address => _client.SignAsync(petition.Slug, new SignatureRequest(address))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var stored = await app.WithDbAsync(db => db.Signatures.Where(s => s.CampaignId == petition.Id).Select(s => s.Id).ToListAsync());
        Assert.Equal(addresses.Count + 1, stored.Count);
        var keys = stored.Select(id => $"{SignatureEmails.Confirmation}:{id}").ToList();
        Assert.Equal(stored.Count, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => keys.Contains(m.DeliveryKey))));
        await app.DrainOutboxAsync();
        Assert.All(addresses, address => Assert.Single(app.Mailbox.MessagesTo(address)));
    }

    [PostgresFact]
    public async Task Signatures_that_arrive_during_a_commit_share_the_next_transaction_and_are_answered_only_after_it()
    {
        var petition = await app.Seed.PetitionAsync();
        var addresses = Enumerable.Range(0, 20).Select(_ => Emails.Unique()).ToList();
        var writer = app.Services.GetRequiredService<SignatureWriter>();
        Task<HttpResponseMessage>[] waiting;
        await using (var blocker = await HoldSignatureAsync(petition.Id))
        {
            var first = _client.SignAsync(petition.Slug, new SignatureRequest(blocker.Address));
            await WaitingBackendAsync();
            waiting = [.. addresses.Select(address => _client.SignAsync(petition.Slug, new SignatureRequest(address)))];
            await Poll.UntilAsync(() => Task.FromResult(writer.Waiting == addresses.Count), "the signatures queue behind the held batch");

            Assert.DoesNotContain(waiting.Append(first), t => t.IsCompleted);
            await blocker.RollbackAsync();
            Assert.Equal(HttpStatusCode.Accepted, (await first).StatusCode);
        }

        Assert.All(await Task.WhenAll(waiting), r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var transactions = await TransactionsOfAsync(petition.Id, addresses);
        Assert.Equal(1L, transactions);
    }

    [PostgresFact]
    public async Task A_signature_whose_connection_is_terminated_is_written_again_and_stored_once()
    {
        var petition = await app.Seed.PetitionAsync();
        HttpResponseMessage response;
        string address;
        await using (var blocker = await HoldSignatureAsync(petition.Id))
        {
            address = blocker.Address;
            var signing = _client.SignAsync(petition.Slug, new SignatureRequest(address));
            await TerminateAsync(await WaitingBackendAsync());
            await blocker.RollbackAsync();
            response = await signing;
        }

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var normalized = EmailNormalizer.Normalize(address);
        var signature = await app.WithDbAsync(db => db.Signatures.SingleAsync(s => s.CampaignId == petition.Id && s.EmailNormalized == normalized));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeliveryKey == $"{SignatureEmails.Confirmation}:{signature.Id}")));
    }

    [PostgresFact]
    public async Task A_signature_the_database_refuses_fails_alone_and_the_rest_of_its_batch_is_stored()
    {
        var petition = await app.Seed.PetitionAsync();
        var writer = app.Services.GetRequiredService<SignatureWriter>();
        var good = Enumerable.Range(0, 5).Select(_ => Pending(petition.Id, Emails.Unique(), "GB")).ToList();
        var bad = Pending(petition.Id, Emails.Unique(), "GBR");
        List<Task<bool>> stores;
        await using (var blocker = await HoldSignatureAsync(petition.Id))
        {
            var first = _client.SignAsync(petition.Slug, new SignatureRequest(blocker.Address));
            await WaitingBackendAsync();
            stores = [.. good.Append(bad).Select(writer.StoreAsync)];
            await Poll.UntilAsync(() => Task.FromResult(writer.Waiting == stores.Count), "the batch gathers behind the held one");
            await blocker.RollbackAsync();
            await first;
        }

        await Assert.ThrowsAsync<PostgresException>(() => stores[^1]);
        Assert.All(await Task.WhenAll(stores.SkipLast(1)), Assert.True);
        var ids = good.Select(p => p.Signature.Id).ToList();
        Assert.Equal(good.Count, await app.WithDbAsync(db => db.Signatures.CountAsync(s => ids.Contains(s.Id))));
    }

    private static PendingSignature Pending(Guid campaignId, string address, string country)
    {
        var signature = new Signature
        {
            CampaignId = campaignId, Name = "Ada Lovelace", Email = address, EmailNormalized = EmailNormalizer.Normalize(address),
            Country = country, CreatedAt = DateTime.UtcNow,
        };
        var email = OutboxWriter.New(SignatureEmails.Confirmation, $"{SignatureEmails.Confirmation}:{signature.Id}",
            new SignatureEmails.Payload(signature.Id), signature.CreatedAt);
        return new PendingSignature(signature, email);
    }

    /// <summary>An uncommitted signature of the address: a batch that stores the same address waits for it.</summary>
    private Task<HeldSignature> HoldSignatureAsync(Guid campaignId) =>
        HeldSignature.StartAsync(app.Database.ConnectionString, Pending(campaignId, Emails.Unique(), "GB").Signature);

    private async Task<int> WaitingBackendAsync()
    {
        int? pid = null;
        await Poll.UntilAsync(async () => (pid = await ScalarAsync<int?>(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' LIMIT 1")) is not null,
            "a batch waits for the held signature");
        return pid!.Value;
    }

    private Task TerminateAsync(int pid) => ScalarAsync<bool?>($"SELECT pg_terminate_backend({pid})");

    private Task<long?> TransactionsOfAsync(Guid campaignId, IEnumerable<string> addresses) => ScalarAsync<long?>($"""
        SELECT count(DISTINCT tx) FROM (
            SELECT s.xmin::text AS tx FROM "Signatures" s
            WHERE s."CampaignId" = '{campaignId}' AND s."EmailNormalized" IN ({string.Join(", ", addresses.Select(a => $"'{EmailNormalizer.Normalize(a)}'"))})
            UNION ALL
            SELECT m.xmin::text FROM "OutboxMessages" m JOIN "Signatures" s ON m."DeliveryKey" = '{SignatureEmails.Confirmation}:' || s."Id"
            WHERE s."CampaignId" = '{campaignId}' AND s."EmailNormalized" IN ({string.Join(", ", addresses.Select(a => $"'{EmailNormalizer.Normalize(a)}'"))})
        ) AS rows
        """);

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }
}
