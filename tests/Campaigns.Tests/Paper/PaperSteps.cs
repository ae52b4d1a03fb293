using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Paper;

/// <summary>What organizers and visitors do with paper signatures, through the API and the pages.</summary>
public static class PaperSteps
{
    /// <summary>A new account that belongs only to the organizer's organisation, with <paramref name="role"/>.</summary>
    public static async Task<Infrastructure.Organizer> MemberAsync(this CampaignsAppFactory app, Infrastructure.Organizer owner, MemberRole role)
    {
        var member = await app.Seed.OrganizerAsync();
        await app.WithDbAsync(async db =>
        {
            await db.OrganisationMembers.Where(m => m.UserId == member.UserId).ExecuteDeleteAsync();
            db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = owner.OrganisationId, UserId = member.UserId, Role = role, JoinedAt = app.Clock.UtcNow });
            return await db.SaveChangesAsync();
        });
        return member with { OrganisationId = owner.OrganisationId };
    }

    public static string Batches(string slug) => $"/api/organizer/campaigns/{slug}/paper-batches";

    public static Task<HttpResponseMessage> RecordBatchAsync(
        this HttpClient organizer, string slug, object? count, string? collectedOn, string? place = "Geneva, Place des Nations", string? note = null) =>
        organizer.PostAsJsonAsync(Batches(slug), new { count, collectedOn, place, note });

    public static async Task<JsonElement> JsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The campaign's counts as open data (<c>/api/campaigns/{slug}/counts</c>).</summary>
    public static Task<JsonElement> CountsAsync(this CampaignsAppFactory app, string slug) => app.CreateClient().JsonAsync($"/api/campaigns/{slug}/counts");

    /// <summary>The figure and its parts as the public campaign page words them.</summary>
    public static async Task<string> SupportLineAsync(this CampaignsAppFactory app, string slug) =>
        (await app.CreateClient().GetPageAsync($"/campaigns/{slug}")).QuerySelector("#support").Text();

    public static async Task<IHtmlDocument> PaperPageAsync(this HttpClient organizer, string slug) =>
        await organizer.GetPageAsync($"/organizer/campaigns/{slug}/paper");

    /// <summary>Posts the paper page's form as a browser would, with the scans as files.</summary>
    public static async Task<HttpResponseMessage> SubmitBatchFormAsync(
        this HttpClient organizer, string slug, IReadOnlyDictionary<string, string> fields, params byte[][] scans)
    {
        var page = await organizer.PaperPageAsync(slug);
        var action = $"/organizer/campaigns/{slug}/paper";
        var form = page.Forms.Single(f => f.GetAttribute("action") == action);
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden"))
        {
            content.Add(new StringContent(hidden.Value), hidden.Name!);
        }
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        for (var i = 0; i < scans.Length; i++)
        {
            var file = new ByteArrayContent(scans[i]);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
            content.Add(file, "scans", $"sheet-{i + 1}.jpg");
        }
        return await organizer.PostAsync(action, content);
    }
}
