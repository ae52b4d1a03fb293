using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Deliveries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Deliveries;

/// <summary>A letter campaign whose targets have real addresses and a delivery policy chosen by the test.</summary>
public sealed record LetterCampaign(Campaign Campaign, IReadOnlyList<Target> Targets)
{
    public string Slug => Campaign.Slug;

    public Target Target => Targets[0];
}

public static class DeliverySteps
{
    public const string LetterBody = "{salutation},\n\nWe ask you to release the writers detained for their peaceful work.\n\n{editable}\n\nYours sincerely,\n{supporter_name}, {supporter_city}";

    /// <summary>
    /// A published letter campaign addressed to <paramref name="targets"/> officials, each with a unique email
    /// and postal address; <paramref name="policy"/> sets their delivery policy (the targets API is not needed).
    /// </summary>
    public static async Task<LetterCampaign> LetterCampaignAsync(
        this CampaignsAppFactory app, CampaignKind kind, Action<Target>? policy = null, Action<Campaign>? configure = null,
        Infrastructure.Organizer? owner = null, int targets = 1)
    {
        var campaign = await app.Seed.PetitionAsync(c =>
        {
            c.Kind = kind;
            c.Body = LetterBody;
            c.EditableText = "Their only crime was to write.";
            c.LetterSubject = $"Release the writers {c.Slug}";
            foreach (var target in c.Targets.Select(t => t.Target!))
            {
                target.Email = Emails.Unique("official");
                target.Salutation = "Dear Minister";
                target.PostalAddress = "1 Justice Street\nBeijing\nChina";
                policy?.Invoke(target);
            }
            configure?.Invoke(c);
        }, owner, targets);
        return new LetterCampaign(campaign, campaign.Targets.Select(t => t.Target!).ToList());
    }

    /// <summary>One pass of the delivery schedule, then the outbox drained, as the two jobs would.</summary>
    public static async Task RunDeliveriesAsync(this CampaignsAppFactory app)
    {
        await app.WithScopeAsync(sp => sp.GetRequiredService<DeliveryScheduler>().RunAsync(CancellationToken.None));
        await app.DrainOutboxAsync();
    }

    public static async Task<IReadOnlyList<string>> SignersAsync(this CampaignsAppFactory app, string slug, int count, string city = "Lyon")
    {
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var email = Emails.Unique("supporter");
            await app.SignAndConfirmAsync(slug, new SignatureRequest(email, Name: $"Supporter {i + 1} {email[..14]}", Country: "FR", City: city));
            emails.Add(email);
        }
        return emails;
    }

    public static Task<List<Delivery>> DeliveriesAsync(this CampaignsAppFactory app, Guid campaignId) =>
        app.WithDbAsync(db => db.Deliveries.AsNoTracking().Where(d => d.CampaignId == campaignId).OrderBy(d => d.CreatedAt).ToListAsync());

    public static Task ChangeTargetAsync(this CampaignsAppFactory app, Guid campaignId, Guid targetId, Action<CampaignTarget> change) =>
        app.WithDbAsync(async db =>
        {
            var link = await db.CampaignTargets.SingleAsync(t => t.CampaignId == campaignId && t.TargetId == targetId);
            change(link);
            await db.SaveChangesAsync();
        });

    public static async Task<ListDeliveries.Response> LedgerAsync(this HttpClient organizer, string slug, string query = "")
    {
        var response = await organizer.GetAsync($"/api/campaigns/{slug}/deliveries{query}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ListDeliveries.Response>())!;
    }
}
