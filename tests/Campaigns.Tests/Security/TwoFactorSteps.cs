using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Security;

/// <summary>Setting up an authenticator app through the pages, as an organizer without JavaScript would.</summary>
public static class TwoFactorSteps
{
    public sealed record Enrolment(string Key, IReadOnlyList<string> RecoveryCodes);

    /// <summary>Reads the key the page shows, types the app's code and keeps the recovery codes shown once.</summary>
    public static async Task<Enrolment> EnrolAsync(this HttpClient browser)
    {
        var page = await browser.GetPageAsync("/account/security/authenticator");
        var key = page.QuerySelector(".authenticator-key")!.TextContent;
        var done = await browser.SubmitAsync(page, "/account/security/authenticator", new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var codes = (await done.ParseAsync()).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        return new Enrolment(key, codes);
    }

    /// <summary>A signed-in browser of a new organizer who has set up an authenticator app.</summary>
    public static async Task<(Infrastructure.Organizer Organizer, HttpClient Browser, Enrolment Enrolment)> EnrolledOrganizerAsync(this CampaignsAppFactory app)
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);
        return (organizer, browser, await browser.EnrolAsync());
    }

    public static async Task<HttpResponseMessage> SubmitCodeAsync(this HttpClient browser, string path, string code)
    {
        var page = await browser.GetPageAsync(path);
        return await browser.SubmitAsync(page, path.Split('?')[0], new Dictionary<string, string> { ["Code"] = code });
    }

    public static Task MakeAdminAsync(this CampaignsAppFactory app, Infrastructure.Organizer organizer) => app.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<User>>();
        return await users.AddToRoleAsync((await users.FindByIdAsync(organizer.UserId))!, Roles.Admin);
    });
}
