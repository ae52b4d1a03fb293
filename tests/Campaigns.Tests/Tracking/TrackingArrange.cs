using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Tracking;

/// <summary>A confirmed signer to arrange: where they are, how many days ago they confirmed, and as whom.</summary>
public sealed record Signer(string Country = "GB", int DaysAgo = 0, SignerKind Kind = SignerKind.Individual, string? City = null, string? Name = null);

/// <summary>
/// Rows other features write (signatures with their counts, cases, deliveries, milestones, timeline
/// updates), put straight into the database so a tracking test states exactly what the view summarises.
/// </summary>
public static class TrackingArrange
{
    /// <summary>Confirmed signatures, and the campaign's counts as the counting job would leave them.</summary>
    public static Task SignersAsync(this CampaignsAppFactory app, Campaign campaign, params Signer[] signers) => app.WithDbAsync(async db =>
    {
        var now = app.Clock.UtcNow;
        foreach (var signer in signers)
        {
            var email = Emails.Unique();
            db.Signatures.Add(new Signature
            {
                CampaignId = campaign.Id, Name = signer.Name ?? "Arranged Signer", Email = email, EmailNormalized = email,
                Kind = signer.Kind, OrganisationName = signer.Kind == SignerKind.Organisation ? "Arranged Organisation" : null,
                Country = signer.Country, City = signer.City, NameDisplay = NameDisplay.Full,
                CreatedAt = now.AddDays(-signer.DaysAgo).AddMinutes(-5), ConfirmedAt = now.AddDays(-signer.DaysAgo),
            });
        }
        await db.SaveChangesAsync();
        var individuals = signers.Count(s => s.Kind == SignerKind.Individual);
        var organisations = signers.Length - individuals;
        await db.Campaigns.Where(c => c.Id == campaign.Id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.SignatureCount, c => c.SignatureCount + individuals)
            .SetProperty(c => c.OrganisationCount, c => c.OrganisationCount + organisations)
            .SetProperty(c => c.CountedAt, now));
    });

    /// <summary>A person at risk whom the given campaigns are about.</summary>
    public static Task<Case> CaseAsync(this CampaignsAppFactory app, string name, params Campaign[] campaigns) => app.WithDbAsync(async db =>
    {
        var person = new Case
        {
            OrganisationId = campaigns[0].OrganisationId, Slug = $"case-{Guid.NewGuid():N}"[..20], Name = name,
            NativeName = "王炳章", Status = CaseStatus.Detained, CreatedAt = app.Clock.UtcNow,
        };
        db.Cases.Add(person);
        db.CampaignCases.AddRange(campaigns.Select((c, i) => new CampaignCase { CampaignId = c.Id, CaseId = person.Id, Position = i }));
        await db.SaveChangesAsync();
        return person;
    });

    public static Task DeliveryAsync(this CampaignsAppFactory app, Campaign campaign, int target, DeliveryStatus status, int signatures) => app.WithDbAsync(async db =>
    {
        var targetId = await db.CampaignTargets.Where(t => t.CampaignId == campaign.Id && t.Position == target).Select(t => t.TargetId).SingleAsync();
        var now = app.Clock.UtcNow;
        db.Deliveries.Add(new Delivery
        {
            CampaignId = campaign.Id, TargetId = targetId, Channel = DeliveryChannel.Email, Mode = DeliveryMode.Digest, Status = status,
            DeliveryKey = $"test-{Guid.NewGuid():N}", SignatureCount = signatures, CreatedAt = now, UpdatedAt = now,
            SentAt = status == DeliveryStatus.Sent ? now : null,
        });
        await db.SaveChangesAsync();
    });

    public static Task MilestoneAsync(this CampaignsAppFactory app, int threshold, DateTime reachedAt, Guid? campaignId = null, Guid? caseId = null) =>
        app.WithDbAsync(async db =>
        {
            db.Milestones.Add(new Milestone { CampaignId = campaignId, CaseId = caseId, Threshold = threshold, ReachedAt = reachedAt });
            await db.SaveChangesAsync();
        });

    public static Task UpdateAsync(this CampaignsAppFactory app, Case person, DateOnly date, string summary, string? source = null, string? url = null) =>
        app.WithDbAsync(async db =>
        {
            db.CaseUpdates.Add(new CaseUpdate { CaseId = person.Id, Date = date, Summary = summary, SourceName = source, SourceUrl = url, CreatedAt = app.Clock.UtcNow });
            await db.SaveChangesAsync();
        });
}
