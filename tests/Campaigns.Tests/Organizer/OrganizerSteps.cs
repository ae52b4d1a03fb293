using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Organizer;

/// <summary>What an organizer does through <c>/api/organizer</c>.</summary>
public static class OrganizerSteps
{
    /// <summary>A valid create request; tests change what they are about with <c>with</c>-style overrides.</summary>
    public static Dictionary<string, object?> NewPetition(string? title = null) => new()
    {
        ["kind"] = "petition",
        ["title"] = title ?? $"Free the writers {Guid.NewGuid():N}"[..30],
        ["summary"] = "Writers are detained for their peaceful work.",
        ["body"] = "## Their story\n\nThey wrote **peacefully** and were jailed for it.",
        ["startedBy"] = "Ti-Anna Wang",
        ["goal"] = 500,
        ["targets"] = new[]
        {
            new { name = "Wang Yi", title = "Minister", organisation = "Ministry of Foreign Affairs", country = "CN", email = (string?)"minister@example.org" },
            new { name = "Li Qiang", title = "Premier", organisation = "State Council", country = "CN", email = (string?)null },
        },
    };

    public static Task<HttpResponseMessage> CreateCampaignAsync(this HttpClient client, object request) =>
        client.PostAsJsonAsync("/api/organizer/campaigns", request);

    public static async Task<string> CreatedSlugAsync(this HttpClient client, object request)
    {
        var response = await client.CreateCampaignAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString()!;
    }

    public static Task<HttpResponseMessage> PublishAsync(this HttpClient client, string slug) =>
        client.PostAsync($"/api/organizer/campaigns/{slug}/publish", null);

    public static Task<HttpResponseMessage> CloseAsync(this HttpClient client, string slug, string? closingMessage) =>
        client.PostAsJsonAsync($"/api/organizer/campaigns/{slug}/close", new { closingMessage });

    public static async Task<string> PublishedSlugAsync(this HttpClient client, object request)
    {
        var slug = await client.CreatedSlugAsync(request);
        var published = await client.PublishAsync(slug);
        Assert.True(published.StatusCode == HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        return slug;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
