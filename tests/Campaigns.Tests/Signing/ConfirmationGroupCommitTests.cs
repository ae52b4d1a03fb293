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
