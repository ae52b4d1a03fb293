using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Security;

public class TwoFactorRequirementTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_member_without_two_step_verification_is_sent_to_set_it_up_once_the_owner_requires_it()
    {
        var (owner, ownerBrowser, _) = await app.EnrolledOrganizerAsync();
        var member = await MemberOfAsync(owner);
        var memberBrowser = app.CreateBrowser();
        await memberBrowser.SignInAsync(member.Email, member.Password);
        var memberToken = await app.Seed.ClientForAsync(member);

        await RequireAsync(ownerBrowser, owner);

        var page = await memberBrowser.GetAsync("/organizer");
        Assert.Equal("/account/security/authenticator?returnUrl=%2Forganizer", page.Headers.Location?.OriginalString);
        Assert.Contains("Your organisation requires two-step verification.", (await memberBrowser.GetPageAsync("/account/security/authenticator")).Text());
        var api = await Problems.AssertProblemAsync(await memberToken.GetAsync("/api/organizer/campaigns"), HttpStatusCode.Forbidden);
        Assert.StartsWith("Your organisation requires two-step verification.", api.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ownerBrowser.GetAsync("/organizer")).StatusCode);

        await memberBrowser.EnrolAsync();
        Assert.Equal(HttpStatusCode.OK, (await memberBrowser.GetAsync("/organizer")).StatusCode);
    }

    [Fact]
    public async Task An_owner_must_use_two_step_verification_before_requiring_it()
    {
        var owner = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        await browser.SignInAsync(owner.Email, owner.Password);

        var refused = await RequireAsync(browser, owner);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Set up two-step verification for your own account first", (await refused.ParseAsync()).Text());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/organizer")).StatusCode);
    }

    [Fact]
    public async Task Only_an_owner_can_require_it()
    {
        var (owner, _, _) = await app.EnrolledOrganizerAsync();
        var member = await MemberOfAsync(owner);
        var browser = app.CreateBrowser();
        await browser.SignInAsync(member.Email, member.Password);
        await browser.EnrolAsync();

        var page = await browser.GetPageAsync("/account/security");
        var forbidden = await browser.PostAsync($"/account/security/organisations/{await SlugOfAsync(owner)}/two-factor",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
                ["require"] = "true",
            }));

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("Only an owner of the organisation can change this.", (await forbidden.ParseAsync()).ErrorMessages());
        Assert.False(await app.WithDbAsync(async db => (await db.Organisations.FindAsync(owner.OrganisationId))!.RequireTwoFactor));
    }

    [Fact]
    public async Task An_admin_without_two_step_verification_is_sent_to_set_it_up()
    {
        var admin = await app.Seed.OrganizerAsync();
        await app.MakeAdminAsync(admin);
        var browser = app.CreateBrowser();
        await browser.SignInAsync(admin.Email, admin.Password);

        var page = await browser.GetAsync("/admin/outbox");

        Assert.StartsWith("/account/security/authenticator", page.Headers.Location?.OriginalString);
        Assert.Contains("Administrators must use two-step verification.", (await browser.GetPageAsync("/account/security/authenticator")).Text());
        await browser.EnrolAsync();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/outbox")).StatusCode);
    }

    private async Task<Infrastructure.Organizer> MemberOfAsync(Infrastructure.Organizer owner)
    {
        var member = await app.Seed.OrganizerAsync();
        await app.WithDbAsync(async db =>
        {
            db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = owner.OrganisationId, UserId = member.UserId, Role = MemberRole.Organizer, JoinedAt = app.Clock.UtcNow });
            return await db.SaveChangesAsync();
        });
        return member;
    }

    private async Task<HttpResponseMessage> RequireAsync(HttpClient browser, Infrastructure.Organizer owner)
    {
        var action = $"/account/security/organisations/{await SlugOfAsync(owner)}/two-factor";
        return await browser.SubmitAsync(await browser.GetPageAsync("/account/security"), action);
    }

    private Task<string> SlugOfAsync(Infrastructure.Organizer owner) =>
        app.WithDbAsync(async db => (await db.Organisations.FindAsync(owner.OrganisationId))!.Slug);
}
