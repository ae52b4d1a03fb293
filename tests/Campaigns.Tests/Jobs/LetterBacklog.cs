using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Jobs;

/// <summary>An appeal letter to one official with many confirmed letters waiting, as confirming them through the site would leave them.</summary>
public static class LetterBacklog
{
    public static async Task<Guid> SeedAsync(CampaignsDbContext db, string official, int letters)
    {
        var now = DateTime.UtcNow;
        var organisation = Seed.NewOrganisation(now);
        var campaign = Seed.NewPetition(organisation.Id, now, targets: 1);
        campaign.Kind = CampaignKind.AppealLetter;
        campaign.Targets[0].Target!.Email = official;
        db.Organisations.Add(organisation);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        for (var i = 0; i < letters; i++)
        {
            var signature = new Signature
            {
                CampaignId = campaign.Id, Name = $"Supporter {i}", Email = Emails.Unique("crash-letter"), Country = "FR",
                CreatedAt = now, ConfirmedAt = now,
            };
            signature.EmailNormalized = signature.Email;
            db.Signatures.Add(signature);
            await db.SaveChangesAsync();
            await DeliveryPlanner.PlanAsync(db, signature.Id, campaign.Id, now, CancellationToken.None);
            await db.SaveChangesAsync();
        }
        return campaign.Id;
    }

    public static Task<int> CountAsync(CampaignsDbContext db, Guid campaignId, DeliveryStatus status) =>
        db.Deliveries.CountAsync(d => d.CampaignId == campaignId && d.Status == status);
}
