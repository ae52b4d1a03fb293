using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Accounts;

public class SessionEndingTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_new_security_stamp_ends_browser_sessions_and_access_tokens_on_their_next_request()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var api = await app.Seed.ClientForAsync(organizer);
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, Seed.Password);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/organizer/campaigns")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/organizer")).StatusCode);

        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            return await users.UpdateSecurityStampAsync((await users.FindByIdAsync(organizer.UserId))!);
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/organizer/campaigns")).StatusCode);
        var page = await browser.GetAsync("/organizer");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery);
    }
}
