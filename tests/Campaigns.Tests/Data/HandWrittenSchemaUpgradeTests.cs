using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Signing;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Data;

/// <summary>
/// A database built by the hand-written migrations upgrades in place when the app starts on it: its schema is
/// recorded as the baseline, the later migrations run, and everything in it is still there and still works.
/// </summary>
public class HandWrittenSchemaUpgradeTests
{
    private static readonly AppOptions OnSqlite = new() { EmbeddedDatabase = true };
    private static readonly AppOptions OnPostgres = new();

    [Fact]
    public Task A_SQLite_database_keeps_its_rows_and_gains_the_new_constraints() => KeepsRowsAndGainsConstraintsAsync(OnSqlite);

    [PostgresFact]
    public Task A_PostgreSQL_database_keeps_its_rows_and_gains_the_new_constraints() => KeepsRowsAndGainsConstraintsAsync(OnPostgres);

    [Fact]
    public Task A_confirmation_link_sealed_before_the_upgrade_still_confirms_on_SQLite() => LinkStillConfirmsAsync(OnSqlite);

    [PostgresFact]
    public Task A_confirmation_link_sealed_before_the_upgrade_still_confirms_on_PostgreSQL() => LinkStillConfirmsAsync(OnPostgres);

    [Fact]
    public async Task A_database_short_of_the_last_hand_written_migration_is_refused_with_what_to_do()
    {
        await using var app = CampaignsAppFactory.Create(OnSqlite);
        var old = new HandWrittenDatabase(app.Database);
        await old.CreateSchemaAsync();
        await old.ExecuteAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{HandWrittenSchema.LastMigration}'");

        var refused = Assert.ThrowsAny<InvalidOperationException>(() => app.Services);

        Assert.Contains($"stops short of the hand-written migration {HandWrittenSchema.LastMigration}", refused.Message);
    }

    private static async Task KeepsRowsAndGainsConstraintsAsync(AppOptions options)
    {
        await using var app = CampaignsAppFactory.Create(options);
        var old = new HandWrittenDatabase(app.Database);
        await old.CreateSchemaAsync();
        var organisation = await old.AddOrganisationAsync();
        var series = await old.AddSeriesAsync(organisation);
        var person = await old.AddCaseAsync(organisation);
        var campaign = await old.AddCampaignAsync(organisation, "free-them-now", series, outputNumber: 1);
        var target = await old.AddTargetAsync(organisation, campaign, onBehalfOfCaseId: person);
        var signature = await old.AddSignatureAsync(campaign, Emails.Unique(), confirmedAt: HandWrittenRows.Before);
        var email = Emails.Unique();
        await old.AddUserAsync(email, "password-from-before-1");

        var client = app.CreateClient();
        var signIn = await client.PostAsJsonAsync("/api/account/token", new { email, password = "password-from-before-1" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var page = await client.GetAsync("/api/campaigns/free-them-now");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        await app.WithDbAsync(async db =>
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Contains(HandWrittenSchema.LastMigration, await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal(HandWrittenRows.Before, (await db.Signatures.SingleAsync(s => s.Id == signature)).ConfirmedAt);
            var placed = await db.Campaigns.SingleAsync(c => c.Id == campaign);
            Assert.Equal((series, 1), (placed.SeriesId!.Value, placed.OutputNumber!.Value));
            Assert.Equal(person, (await db.CampaignTargets.SingleAsync(t => t.TargetId == target)).OnBehalfOfCaseId);
        });
        await AssertRefusedAsync(app, db => db.Campaigns.Add(new Campaign
        {
            OrganisationId = organisation, Slug = "same-output", Title = "Same output", SeriesId = series, OutputNumber = 1, CreatedAt = HandWrittenRows.Before,
        }));
        await AssertRefusedAsync(app, db => db.Campaigns.Add(new Campaign
        {
            OrganisationId = organisation, Slug = "no-such-series", Title = "No such series", SeriesId = Guid.CreateVersion7(), OutputNumber = 1, CreatedAt = HandWrittenRows.Before,
        }));
        await AssertRefusedAsync(app, db => db.CampaignTargets.Single(t => t.TargetId == target).OnBehalfOfCaseId = Guid.CreateVersion7());
    }

    private static async Task LinkStillConfirmsAsync(AppOptions options)
    {
        await using var app = CampaignsAppFactory.Create(options);
        var old = new HandWrittenDatabase(app.Database);
        await old.CreateSchemaAsync();
        var campaign = await old.AddCampaignAsync(await old.AddOrganisationAsync(), "free-them-now");
        var signature = await old.AddSignatureAsync(campaign, Emails.Unique(), confirmedAt: null);
        string token;
        await using (var keys = old.NewKeyRing())
        {
            token = new SignatureTokens(keys.Provider).Issue(signature);
            await keys.StoreKeysAsync();
        }

        var confirmed = await app.CreateClient().ConfirmAsync(token);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.Signatures.Where(s => s.Id == signature).Select(s => s.ConfirmedAt).SingleAsync()));
    }

    private static Task AssertRefusedAsync(CampaignsAppFactory app, Action<CampaignsDbContext> change) =>
        app.WithDbAsync(async db =>
        {
            change(db);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
}
