using Campaigns.Web.Data;
using Campaigns.Web.Features.Milestones;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Seeding;

/// <summary>
/// Fills an empty database with the demo organisations, cases, targets, campaigns, signers and accounts from
/// the seeds folder, all in one transaction. A database that has any organisation is left alone.
/// </summary>
public class DemoSeeder(CampaignsDbContext db, DemoAccounts accounts, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string AccountsFile = "accounts.json";

    public async Task<IReadOnlyList<DemoLogin>> SeedAsync(SeedFolder seeds, CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(ct))
        {
            return seeds.Exists ? await accounts.ExistingAsync(seeds.Read<List<AccountSeed>>(AccountsFile), ct) : [];
        }
        if (!seeds.Exists)
        {
            logger.LogWarning("No demo data seeded: the folder {Folder} does not exist.", seeds.Root);
            return [];
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var catalogue = new DemoCatalogue(seeds, now).Build();
        var series = SeriesCatalogue.AddTo(catalogue, seeds, now);
        var accountSeeds = seeds.Read<List<AccountSeed>>(AccountsFile);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Organisations.AddRange(catalogue.Organisations.Values);
            db.Cases.AddRange(catalogue.Cases.Values);
            db.ActionSeries.AddRange(series);
            db.Targets.AddRange(catalogue.Targets.Values);
            db.Campaigns.AddRange(catalogue.Campaigns.Values);
            db.Signatures.AddRange(catalogue.Signatures);
            LetterSeeds.AddTo(db, seeds, catalogue, now);
            TranslationSeeds.AddTo(db, seeds, catalogue, now);
            await db.SaveChangesAsync(ct);
            await MilestoneDetector.RecordAsync(db, catalogue.Campaigns.Values.Select(c => c.Id).ToList(), now, ct);
            var logins = await accounts.CreateAsync(accountSeeds, catalogue.Organisations, now, ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Seeded demo data from {Folder}: {Campaigns} campaigns, {Cases} cases, {Signatures} signatures.",
                seeds.Root, catalogue.Campaigns.Count, catalogue.Cases.Count, catalogue.Signatures.Count);
            return logins;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another instance starting at the same moment seeded first; its data stands.
            db.ChangeTracker.Clear();
            logger.LogInformation("Demo data was seeded by another instance.");
            return await accounts.ExistingAsync(accountSeeds, ct);
        }
    }
}
