using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Retention;

[Collection(RetentionCollection.Name)]
public class UnconfirmedAccountTests(RetentionAppFactory app)
{
    [Fact]
    public async Task An_organizer_account_never_confirmed_goes_after_the_configured_days_with_its_empty_organisation()
    {
        var unconfirmed = Emails.Unique("never-confirmed");
        var organisation = $"Never confirmed {Guid.NewGuid():N}"[..30];
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().RegisterAsync(unconfirmed, organisation)).StatusCode);
        var confirmed = Emails.Unique("confirmed");
        await app.RegisterAndConfirmAsync(confirmed);

        app.Clock.Advance(TimeSpan.FromDays(4));
        await app.RunRetentionAsync();
        Assert.True(await AccountExistsAsync(unconfirmed));

        app.Clock.Advance(TimeSpan.FromDays(2));
        await app.RunRetentionAsync();
        Assert.False(await AccountExistsAsync(unconfirmed));
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == organisation)));
        var browser = app.CreateBrowser();
        await browser.SignInAsync(confirmed, AccountSteps.Password);
        Assert.True(await browser.IsSignedInAsync());
    }

    private Task<bool> AccountExistsAsync(string email) =>
        app.WithDbAsync(db => db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));
}
