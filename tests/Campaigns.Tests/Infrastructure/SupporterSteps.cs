using System.Net;
using System.Net.Http.Json;

namespace Campaigns.Tests.Infrastructure;

/// <summary>The body of <c>POST /api/campaigns/{slug}/signatures</c>.</summary>
public sealed record SignatureRequest(
    string Email,
    string? Name = "Ada Lovelace",
    string? Country = "GB",
    string? City = null,
    string? Comment = null,
    bool PublicName = true,
    bool InitialsOnly = false,
    bool EmailUpdates = false);

/// <summary>What a supporter does through the public API.</summary>
public static class SupporterSteps
{
    public static Task<HttpResponseMessage> SignAsync(this HttpClient client, string slug, SignatureRequest request) =>
        client.PostAsJsonAsync($"/api/campaigns/{slug}/signatures", request);

    public static Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, string token) =>
        client.PostAsync($"/api/confirmations/{token}", null);

    /// <summary>Signs, lets the outbox send the confirmation email, and confirms with the link in it.</summary>
    public static async Task<ReceivedEmail> SignAndConfirmAsync(this CampaignsAppFactory app, string slug, SignatureRequest request, HttpClient? client = null)
    {
        client ??= app.CreateClient();
        var signed = await client.SignAsync(slug, request);
        Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
        await app.DrainOutboxAsync();
        var email = await app.Mailbox.WaitForMessageToAsync(request.Email);
        var confirmed = await client.ConfirmAsync(email.ConfirmationToken);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return email;
    }
}
