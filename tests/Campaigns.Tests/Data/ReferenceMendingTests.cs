using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Data;

/// <summary>
/// Rows that would break the foreign keys and the unique output number the upgrade adds are mended by it
/// instead of stopping it: nothing points at a missing row, and each output number of a series has one campaign.
/// </summary>
public class ReferenceMendingTests
{
    [Fact]
    public Task On_SQLite_the_upgrade_mends_what_the_new_constraints_forbid() => MendsAsync(new AppOptions { EmbeddedDatabase = true });

    [PostgresFact]
    public Task On_PostgreSQL_the_upgrade_mends_what_the_new_constraints_forbid() => MendsAsync(new AppOptions());

    private static async Task MendsAsync(AppOptions options)
    {
        await using var app = CampaignsAppFactory.Create(options);
        var old = new HandWrittenDatabase(app.Database);
        await old.CreateSchemaAsync();
        var organisation = await old.AddOrganisationAsync();
        var series = await old.AddSeriesAsync(organisation);
        var person = await old.AddCaseAsync(organisation);
        var first = await old.AddCampaignAsync(organisation, "first-claim", series, outputNumber: 1, createdAt: HandWrittenRows.Before);
        await old.AddCampaignAsync(organisation, "second-claim", series, outputNumber: 1, finalOutput: true, createdAt: HandWrittenRows.Before.AddDays(1));
        await old.AddCampaignAsync(organisation, "series-gone", seriesId: Guid.CreateVersion7(), outputNumber: 2);
        var aboutNobodyKnown = await old.AddTargetAsync(organisation, first, onBehalfOfCaseId: Guid.CreateVersion7());
        var aboutPerson = await old.AddTargetAsync(organisation, first, onBehalfOfCaseId: person);

        var campaigns = await app.WithDbAsync(db => db.Campaigns.Select(c => new { c.Slug, c.SeriesId, c.OutputNumber, c.FinalOutput, c.Reference }).ToListAsync());
        var targets = await app.WithDbAsync(db => db.CampaignTargets.ToDictionaryAsync(t => t.TargetId, t => t.OnBehalfOfCaseId));

        Assert.Equal(
            [
                ("first-claim", series, 1, false, "UA 44/22"),
                ("second-claim", null, null, false, "UA 44/22"),
                ("series-gone", null, null, false, "UA 44/22"),
            ],
            campaigns.OrderBy(c => c.Slug, StringComparer.Ordinal)
                .Select(c => (c.Slug, c.SeriesId, c.OutputNumber, c.FinalOutput, c.Reference)).ToList<(string, Guid?, int?, bool, string?)>());
        Assert.Null(targets[aboutNobodyKnown]);
        Assert.Equal(person, targets[aboutPerson]);
    }
}
