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
        var writer = app.Services.GetRequiredService<ConfirmationWriter>();
        var heldToken = tokens[0];
        Assert.True(app.Services.GetRequiredService<SignatureTokens>().TryRead(heldToken, out var held));
        Task<Confirmation>[] waiting;
        await using (var connection = new NpgsqlConnection(app.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await new NpgsqlCommand($"""SELECT 1 FROM "Signatures" WHERE "Id" = '{held}' FOR UPDATE""", connection, transaction).ExecuteNonQueryAsync();
            var first = ConfirmAsync(heldToken);
            await Poll.UntilAsync(async () => await LockWaitersAsync() > 0, "the first batch waits for the held signature");
            var others = tokens.Skip(1).ToList();
            waiting = [.. others.Select(ConfirmAsync)];
            await Poll.UntilAsync(() => Task.FromResult(writer.Waiting == others.Count), "the confirmations queue behind the held batch");

            Assert.DoesNotContain(waiting.Append(first), t => t.IsCompleted);
            await transaction.RollbackAsync();
            Assert.Equal("confirmed", (await first).Status);
        }

        Assert.All(await Task.WhenAll(waiting), a => Assert.Equal("confirmed", a.Status));
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
        var writer = app.Services.GetRequiredService<ConfirmationWriter>();
        Assert.True(app.Services.GetRequiredService<SignatureTokens>().TryRead(held, out var heldId));
        Task<HttpResponseMessage>[] batch;
        await using (var connection = new NpgsqlConnection(app.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await new NpgsqlCommand($"""SELECT 1 FROM "Signatures" WHERE "Id" = '{heldId}' FOR UPDATE""", connection, transaction).ExecuteNonQueryAsync();
            var first = _client.ConfirmAsync(held);
            await Poll.UntilAsync(async () => await LockWaitersAsync() > 0, "the first batch waits for the held signature");
            batch = [_client.ConfirmAsync(confirmedBefore), _client.ConfirmAsync(closedToken), _client.ConfirmAsync(fresh), _client.ConfirmAsync(fresh)];
            await Poll.UntilAsync(() => Task.FromResult(writer.Waiting == batch.Length), "the clicks queue behind the held batch");
            await transaction.RollbackAsync();
            Assert.Equal("confirmed", await StatusOfAsync(await first));
        }

        var answers = await Task.WhenAll(batch);

        Assert.Equal("already-confirmed", await StatusOfAsync(answers[0]));
        Assert.Equal(HttpStatusCode.Conflict, answers[1].StatusCode);
        Assert.Equal(["already-confirmed", "confirmed"], (await Task.WhenAll(answers[2..].Select(StatusOfAsync))).Order());
        await app.CountSignaturesAsync();
        Assert.Equal(3, (await app.Seed.FindCampaignAsync(open.Slug))!.SignatureCount);
        Assert.Equal(0, (await app.Seed.FindCampaignAsync(closing.Slug))!.SignatureCount);
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
