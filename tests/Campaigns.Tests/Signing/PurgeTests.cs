using System.Net;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Signing;

public class PurgeTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private static readonly TimeSpan PastRetention = TimeSpan.FromDays(31);

    [Fact]
    public async Task Unconfirmed_signatures_are_removed_after_the_retention_period_and_confirmed_ones_stay()
    {
        var petition = await app.Seed.PetitionAsync();
        var pending = Emails.Unique("pending");
        var confirmed = Emails.Unique("confirmed");
        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(pending));
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(confirmed));

        app.Clock.Advance(PastRetention);
        var recent = Emails.Unique("recent");
        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(recent));
        await app.PurgeSignerDataAsync();

        var left = await app.WithDbAsync(db => db.Signatures.Where(s => s.CampaignId == petition.Id).Select(s => s.Email).ToListAsync());
        Assert.Equal(new[] { confirmed, recent }.Order(), left.Order());
    }

    [Fact]
    public async Task Confirmation_link_of_a_purged_signature_no_longer_works()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(email));
        await app.DrainOutboxAsync();

        app.Clock.Advance(PastRetention);
        await app.PurgeSignerDataAsync();
        var response = await app.CreateClient().ConfirmAsync(app.Mailbox.SingleMessageTo(email).ConfirmationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Address_hashes_are_cleared_after_their_retention_period()
    {
        var petition = await app.Seed.PetitionAsync();
        var old = Emails.Unique("old");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(old), app.CreateClientFrom("198.51.100.20"));

        app.Clock.Advance(PastRetention);
        var recent = Emails.Unique("recent");
        await app.CreateClientFrom("198.51.100.21").SignAsync(petition.Slug, new SignatureRequest(recent));
        await app.PurgeSignerDataAsync();

        var hashes = await app.WithDbAsync(db => db.Signatures.Where(s => s.CampaignId == petition.Id).ToDictionaryAsync(s => s.Email, s => s.IpHash));
        Assert.Null(hashes[old]);
        Assert.Matches("^[0-9a-f]{64}$", hashes[recent]);
    }
}
