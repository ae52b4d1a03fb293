using System.Net;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Embedded;

/// <summary>
/// The provider-specific SQL (signature insert, outbox claim, counter, reconciliation, purge) on SQLite, the
/// embedded default, even where the other suites run on PostgreSQL.
/// </summary>
public class EmbeddedDatabaseTests(EmbeddedDatabaseAppFactory app) : IClassFixture<EmbeddedDatabaseAppFactory>
{
    [Fact]
    public async Task Signing_confirming_and_counting_work_on_the_embedded_database()
    {
        Assert.Equal(DatabaseProvider.Sqlite, app.Database.Provider);
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();

        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(email));
        await app.CountSignaturesAsync();
        await app.ReconcileCountsAsync();

        var count = await app.CreateClient().GetFromJsonAsync<CountBody>($"/api/campaigns/{petition.Slug}/count");
        Assert.Equal(1, count!.Confirmed);
        Assert.Single(app.Mailbox.MessagesTo(email));
    }

    [Fact]
    public async Task Signing_twice_on_the_embedded_database_stores_one_signature_and_tells_the_owner()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(email));

        var again = await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(email.ToUpperInvariant()));
        await app.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Signatures.CountAsync(s => s.CampaignId == petition.Id)));
        Assert.Equal(2, app.Mailbox.MessagesTo(email).Count);
    }

    [Fact]
    public async Task Unconfirmed_signatures_are_purged_on_the_embedded_database()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));

        app.Clock.Advance(TimeSpan.FromDays(31));
        await app.PurgeSignerDataAsync();

        Assert.Equal(0, await app.WithDbAsync(db => db.Signatures.CountAsync(s => s.CampaignId == petition.Id)));
    }

    private sealed record CountBody(int Confirmed, int? Goal, DateTime? UpdatedAt);
}
