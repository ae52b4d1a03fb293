using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.MySignatures;

public static class MySignaturesSteps
{
    public const string LinkSubject = "Your signatures and follows on this site";

    public static Task<HttpResponseMessage> RequestMySignaturesLinkAsync(this HttpClient client, string email) =>
        client.PostAsJsonAsync("/api/my-signatures/link", new { email });

    /// <summary>Asks for the link as a supporter would, lets the outbox send it, and returns the page's path from the email.</summary>
    public static async Task<string> MySignaturesPathAsync(this CampaignsAppFactory app, string email)
    {
        Assert.Equal(HttpStatusCode.Accepted, (await app.CreateClient().RequestMySignaturesLinkAsync(email)).StatusCode);
        await app.DrainOutboxAsync();
        var message = app.Mailbox.MessagesTo(email).Last(m => m.Subject == LinkSubject);
        return PagePath(message);
    }

    public static string PagePath(ReceivedEmail message) =>
        message.Links.First(l => l.AbsolutePath.StartsWith("/my-signatures/", StringComparison.Ordinal)).AbsolutePath;

    public static string Token(string pagePath) => pagePath["/my-signatures/".Length..];
}
