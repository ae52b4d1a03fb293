using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Deliveries;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Campaigns.Tests.Signing;

/// <summary>Concurrent confirmations share transactions (group commit), with their counts and delivery plans.</summary>
public class ConfirmationGroupCommitTests(GroupCommitTests.OneWriterAppFactory app) : IClassFixture<GroupCommitTests.OneWriterAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Concurrent_clicks_confirm_each_signature_once_with_one_letter_per_official()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, t => t.Mode = DeliveryMode.Individual, targets: 2);
        var tokens = await SignedTokensAsync(letter.Slug, 30);

        var answers = await Task.WhenAll(tokens.SelectMany(token => Enumerable.Repeat(token, 3)).Select(ConfirmAsync));

        Assert.Equal(tokens.Count, answers.Count(a => a.Status == "confirmed"));
        Assert.Equal(tokens.Count * 2, answers.Count(a => a.Status == "already-confirmed"));
        await app.CountSignaturesAsync();
        Assert.Equal(tokens.Count, (await app.Seed.FindCampaignAsync(letter.Slug))!.SignatureCount);
        var deliveries = await app.DeliveriesAsync(letter.Campaign.Id);
        Assert.Equal(tokens.Count * 2, deliveries.Count);
        Assert.All(deliveries.GroupBy(d => (d.SignatureId, d.TargetId)), pair => Assert.Single(pair));
    }

    [PostgresFact]
    public async Task Confirmations_that_arrive_during_a_commit_share_the_next_transaction()
    {
        var petition = await app.Seed.PetitionAsync();
        var tokens = await SignedTokensAsync(petition.Slug, 16);

        var (first, queued) = await ClickBehindAHeldBatchAsync(tokens[0], [.. tokens.Skip(1)]);

        Assert.Equal("confirmed", await StatusOfAsync(first));
        Assert.All(await Task.WhenAll(queued.Select(async answer => await StatusOfAsync(await answer))), s => Assert.Equal("confirmed", s));
        Assert.Equal(2L, await ScalarAsync<long>($"""SELECT count(DISTINCT xmin::text) FROM "Signatures" WHERE "CampaignId" = '{petition.Id}'"""));
    }

    [PostgresFact]
    public async Task Each_click_in_a_shared_batch_is_answered_for_its_own_signature()
    {
        var open = await app.Seed.PetitionAsync();
        var closing = await app.Seed.PetitionAsync();
        var openTokens = await SignedTokensAsync(open.Slug, 3);
        var closedToken = (await SignedTokensAsync(closing.Slug, 1))[0];
        var (held, confirmedBefore, fresh) = (openTokens[0], openTokens[1], openTokens[2]);
        Assert.Equal("confirmed", (await ConfirmAsync(confirmedBefore)).Status);
        await app.WithDbAsync(db => db.Campaigns.Where(c => c.Id == closing.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CampaignStatus.Closed)));

        var (first, queued) = await ClickBehindAHeldBatchAsync(held, [confirmedBefore, closedToken, fresh, fresh]);
        var answers = await Task.WhenAll(queued);

        Assert.Equal("confirmed", await StatusOfAsync(first));
        Assert.Equal("already-confirmed", await StatusOfAsync(answers[0]));
        Assert.Equal(HttpStatusCode.Conflict, answers[1].StatusCode);
        Assert.Equal(["already-confirmed", "confirmed"], (await Task.WhenAll(answers[2..].Select(StatusOfAsync))).Order());
        await app.CountSignaturesAsync();
        Assert.Equal(3, (await app.Seed.FindCampaignAsync(open.Slug))!.SignatureCount);
        Assert.Equal(0, (await app.Seed.FindCampaignAsync(closing.Slug))!.SignatureCount);
    }

    /// <summary>
    /// Holds the row of the first click's signature so its batch waits, sends the other clicks while it waits so
    /// they queue for the next batch together, then lets the row go.
    /// </summary>
    private async Task<(HttpResponseMessage First, Task<HttpResponseMessage>[] Queued)> ClickBehindAHeldBatchAsync(string heldToken, string[] others)
    {
        var writer = app.Services.GetRequiredService<ConfirmationWriter>();
        Assert.True(app.Services.GetRequiredService<SignatureTokens>().TryRead(heldToken, out var held));
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await new NpgsqlCommand($"""SELECT 1 FROM "Signatures" WHERE "Id" = '{held}' FOR UPDATE""", connection, transaction).ExecuteNonQueryAsync();
        var first = _client.ConfirmAsync(heldToken);
        await Poll.UntilAsync(async () => await LockWaitersAsync() > 0, "the first batch waits for the held signature");
        var queued = others.Select(_client.ConfirmAsync).ToArray();
        await Poll.UntilAsync(() => Task.FromResult(writer.Waiting == queued.Length), "the clicks queue behind the held batch");
        Assert.DoesNotContain(queued.Append(first), t => t.IsCompleted);
        await transaction.RollbackAsync();
        return (await first, queued);
    }

    private static async Task<string> StatusOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Confirmation>())!.Status;
    }

    private sealed record Confirmation(string Status, string Campaign);

    private async Task<Confirmation> ConfirmAsync(string token)
    {
        var response = await _client.ConfirmAsync(token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Confirmation>())!;
    }

    private async Task<List<string>> SignedTokensAsync(string slug, int count)
    {
        var addresses = Enumerable.Range(0, count).Select(_ => Emails.Unique()).ToList();
        foreach (var address in addresses)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await _client.SignAsync(slug, new SignatureRequest(address))).StatusCode);
        }
        await app.DrainOutboxAsync();
        var tokens = new List<string>();
        foreach (var address in addresses)
        {
            tokens.Add((await app.Mailbox.WaitForMessageToAsync(address)).ConfirmationToken);
        }
        return tokens;
    }

    private Task<long> LockWaitersAsync() =>
        ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        return (T)(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync())!;
    }
}
