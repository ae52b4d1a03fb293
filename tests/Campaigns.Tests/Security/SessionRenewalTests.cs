using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Security;

public class SessionRenewalTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Changing_the_password_signs_out_other_browsers_and_tokens_but_not_this_browser()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var other = app.CreateBrowser();
        await other.SignInAsync(organizer.Email, organizer.Password);
        var token = await app.Seed.ClientForAsync(organizer);
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);

        var changed = await browser.SubmitAsync(await browser.GetPageAsync("/account/password"), "/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = organizer.Password,
            ["NewPassword"] = "a-new-and-longer-phrase-7",
            ["ConfirmPassword"] = "a-new-and-longer-phrase-7",
        });

        Assert.Contains("Your password is changed", (await changed.ParseAsync()).Text());
        Assert.True(await browser.IsSignedInAsync());
        Assert.False(await other.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/organizer/campaigns")).StatusCode);
        Assert.Contains(AuditAction.PasswordChanged, await AuditActionsAsync(organizer));
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);

        var refused = await browser.SubmitAsync(await browser.GetPageAsync("/account/password"), "/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not-my-password-1",
            ["NewPassword"] = "a-new-and-longer-phrase-7",
            ["ConfirmPassword"] = "a-new-and-longer-phrase-7",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Your current password is not right.", (await refused.ParseAsync()).ErrorMessages());
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync(organizer.Email, organizer.Password)).StatusCode);
    }

    [Fact]
    public async Task Turning_two_step_verification_on_and_off_signs_out_other_browsers_and_is_in_the_audit_log()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var other = app.CreateBrowser();
        await other.SignInAsync(organizer.Email, organizer.Password);
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);

        var enrolment = await browser.EnrolAsync();
        Assert.False(await other.IsSignedInAsync());
        var off = await browser.SubmitAsync(await browser.GetPageAsync("/account/security"), "/account/security/disable",
            new Dictionary<string, string> { ["Code"] = Totp.Code(enrolment.Key) });

        Assert.Equal("/account/security", off.Headers.Location?.OriginalString);
        Assert.True(await browser.IsSignedInAsync());
        Assert.Contains("Set up an authenticator app", (await browser.GetPageAsync("/account/security")).Text());
        Assert.Equal([AuditAction.TwoFactorEnabled, AuditAction.TwoFactorDisabled], await AuditActionsAsync(organizer));
    }

    private Task<List<AuditAction>> AuditActionsAsync(Infrastructure.Organizer organizer) => app.WithDbAsync(db =>
        db.AuditEntries.Where(e => e.OrganisationId == organizer.OrganisationId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
}
