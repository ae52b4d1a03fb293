using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;

namespace Campaigns.Tests.Series;

/// <summary>What an organizer does with series and action status through <c>/api/organizer</c>.</summary>
public static class SeriesSteps
{
    public static Task<HttpResponseMessage> CreateSeriesAsync(this HttpClient organizer, string reference, string title = "China: two activists") =>
        organizer.PostAsJsonAsync("/api/organizer/series", new { reference, title });

    public static Task<HttpResponseMessage> PlaceAsync(this HttpClient organizer, string slug, string reference, int outputNumber, bool final = false) =>
        organizer.PutAsJsonAsync($"/api/organizer/campaigns/{slug}/series", new { reference, outputNumber, final });

    public static Task<HttpResponseMessage> SetActionAsync(this HttpClient organizer, string slug, string caseSlug, object body) =>
        organizer.PutAsJsonAsync($"/api/organizer/campaigns/{slug}/people/{caseSlug}/action", body);

    /// <summary>A series reference no other test uses, in the urgent-action style.</summary>
    public static string UniqueReference() => $"UA {Random.Shared.Next(100, 999)}/{Guid.NewGuid():N}"[..14];

    public static async Task<JsonElement> OkJsonAsync(this Task<HttpResponseMessage> response, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await response).JsonAsync(expected);
}
