using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Fraud;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.MySignatures;
using Campaigns.Web.Features.Fingerprints;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Fingerprints;

public static class FingerprintSteps
{
    /// <summary>Moves the clock to noon of the next UTC day, so the day just left is complete.</summary>
    public static void NextDay(this CampaignsAppFactory app)
    {
        var now = app.Clock.UtcNow;
        app.Clock.Advance(now.Date.AddDays(1).AddHours(12) - now);
    }

    public static DateOnly Today(this CampaignsAppFactory app) => DateOnly.FromDateTime(app.Clock.UtcNow);

    /// <summary>Runs the nightly fingerprint job as Hangfire would.</summary>
    public static Task<int> FingerprintAsync(this CampaignsAppFactory app) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<SupportFingerprinter>().RunAsync(CancellationToken.None));

    public static async Task ConfirmedSignaturesAsync(this CampaignsAppFactory app, string slug, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await app.SignAndConfirmAsync(slug, new SignatureRequest(Emails.Unique("fp")));
        }
    }

    public static async Task<string> ExportAsync(this HttpClient organizer, string slug, string status = "confirmed")
    {
        var response = await organizer.GetAsync($"/api/organizer/campaigns/{slug}/signatures.csv?status={status}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<JsonElement> PublishedAsync(this CampaignsAppFactory app, string slug) =>
        await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}/fingerprints");

    /// <summary>Pastes the export into the verify page, as someone without the file at hand would.</summary>
    public static async Task<HttpResponseMessage> VerifyOnPageAsync(this CampaignsAppFactory app, string campaign, string export) =>
        await app.CreatePageClient().SubmitFormAsync("/verify", "/verify", new Dictionary<string, string> { ["Campaign"] = campaign, ["Pasted"] = export });

    /// <summary>The export with its data rows changed by <paramref name="tamper"/> (the header stays).</summary>
    public static string Tampered(string export, Func<List<string>, List<string>> tamper)
    {
        var lines = export.TrimEnd('\r', '\n').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        return string.Join("\n", [lines[0], .. tamper(lines.Skip(1).ToList())]) + "\n";
    }

    /// <summary>An admin takes out every signature from the country, through the fraud API.</summary>
    public static async Task InvalidateCountryAsync(this CampaignsAppFactory app, string slug, string country)
    {
        var (_, admin) = await app.AdminApiAsync();
        var response = await admin.PostAsJsonAsync($"/api/admin/campaigns/{slug}/invalidations", new { country, reason = "Scripted signing" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The supporter withdraws their signature from the page their emailed link opens.</summary>
    public static async Task WithdrawAsync(this CampaignsAppFactory app, Guid campaignId, string email)
    {
        var token = MySignaturesSteps.Token(await app.MySignaturesPathAsync(email));
        var signatureId = await app.WithDbAsync(db => Task.FromResult(db.Signatures.Single(s => s.CampaignId == campaignId && s.Email == email).Id));
        var response = await app.CreateClient().DeleteAsync($"/api/my-signatures/{token}/signatures/{signatureId}");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
