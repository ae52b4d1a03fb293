using System.Net.Http.Headers;
using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Answers;

/// <summary>A published petition addressed to two officials, its organizer's API client, and the officials' ids in order.</summary>
public sealed record AnsweredCampaign(Campaign Petition, Infrastructure.Organizer Organizer, HttpClient Client, IReadOnlyList<Guid> Officials)
{
    public string Answers => $"/api/organizer/campaigns/{Petition.Slug}/answers";

    public Task<HttpResponseMessage> RecordAsync(int official, string receivedOn, string summary) =>
        Client.PutAsJsonAsync($"{Answers}/{Officials[official]}", new { receivedOn, summary });

    public Task<HttpResponseMessage> AttachAsync(int official, byte[] content, string contentType)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { body, "document", "reply" } };
        return Client.PutAsync($"{Answers}/{Officials[official]}/document", form);
    }
}

public static class AnswerSteps
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static async Task<AnsweredCampaign> AnsweredCampaignAsync(this CampaignsAppFactory app)
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer, targets: 2);
        var officials = await app.WithDbAsync(db => db.CampaignTargets.Where(t => t.CampaignId == petition.Id)
            .OrderBy(t => t.Position).Select(t => t.TargetId).ToListAsync());
        return new AnsweredCampaign(petition, organizer, await app.Seed.ClientForAsync(organizer), officials);
    }

    /// <summary>The delivery ledger's line for a letter that reached the official at <paramref name="sentAt"/>.</summary>
    public static Task DeliveredAsync(this CampaignsAppFactory app, AnsweredCampaign campaign, int official, DateTime sentAt) => app.WithDbAsync(async db =>
    {
        db.Deliveries.Add(new Delivery
        {
            CampaignId = campaign.Petition.Id, TargetId = campaign.Officials[official], Status = DeliveryStatus.Sent, SignatureCount = 1,
            DeliveryKey = $"test-delivery:{Guid.NewGuid()}", CreatedAt = sentAt, SentAt = sentAt, UpdatedAt = sentAt,
        });
        return await db.SaveChangesAsync();
    });

    public static Task<int> StoredAnswersAsync(this CampaignsAppFactory app, Campaign petition) =>
        app.WithDbAsync(db => db.OfficialAnswers.CountAsync(a => a.CampaignId == petition.Id));
}
