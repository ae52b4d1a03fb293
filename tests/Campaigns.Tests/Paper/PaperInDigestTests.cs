using Campaigns.Tests.Deliveries;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Paper;

/// <summary>An official reading a digest learns the campaign's whole figure, paper included, on each database.</summary>
public abstract class PaperInDigestTests(CampaignsAppFactory app)
{
    [Fact]
    public async Task A_digest_states_the_whole_figure_with_its_part_signed_on_paper()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.Petition, t => (t.Mode, t.DigestThreshold) = (DeliveryMode.Digest, 2), owner: organizer);
        var api = await app.Seed.ClientForAsync(organizer);
        await api.RecordBatchAsync(letter.Slug, 1200, DateOnly.FromDateTime(app.Clock.UtcNow).ToString("yyyy-MM-dd"));
        await app.SignersAsync(letter.Slug, 2);
        await app.CountSignaturesAsync();

        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        var digest = app.Mailbox.SingleMessageTo(letter.Target.Email!).TextBody;
        Assert.Contains("Signed by 2 people from 1 country:", digest);
        Assert.Contains("Supporters in all: 1,202, of whom 1,200 signed on paper.", digest);
    }
}

public sealed class PaperInDigestOnConfiguredDatabaseTests(CampaignsAppFactory app) : PaperInDigestTests(app), IClassFixture<CampaignsAppFactory>;

public sealed class PaperInDigestOnEmbeddedDatabaseTests(EmbeddedDatabaseAppFactory app) : PaperInDigestTests(app), IClassFixture<EmbeddedDatabaseAppFactory>;
