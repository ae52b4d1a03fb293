using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Accounts;

public class RegistrationTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Registering_then_confirming_from_the_email_lets_the_organizer_sign_in()
    {
        var browser = app.CreateBrowser();
        var email = Emails.Unique("organizer");

        var registered = await browser.RegisterAsync(email);
        Assert.Equal("/account/register/sent", registered.Headers.Location?.OriginalString);
        Assert.Contains("Check your inbox", (await browser.GetPageAsync("/account/register/sent")).Text());

        await app.DrainOutboxAsync();
        var message = app.Mailbox.SingleMessageTo(email);
        Assert.Contains("Confirm your email address", message.Subject);
        Assert.Equal("Huang Xueqin", message.ToName);
        var link = message.AccountConfirmationLink();
        Assert.StartsWith(app.PublicBaseUrl, link.ToString());

        var confirmPage = await browser.GetPageAsync(link.PathAndQuery);
        var confirmed = await browser.SubmitAsync(confirmPage, "/account/confirm");
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Your email address is confirmed", (await confirmed.ParseAsync()).Text());

        var signedIn = await browser.SignInAsync(email, AccountSteps.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task Opening_the_confirmation_link_does_not_confirm_until_the_button_is_pressed()
    {
        var browser = app.CreateBrowser();
        var email = Emails.Unique("scanned");
        await browser.RegisterAsync(email);
        await app.DrainOutboxAsync();
        var link = app.Mailbox.SingleMessageTo(email).AccountConfirmationLink();

        var page = await browser.GetPageAsync(link.PathAndQuery);
        await browser.GetPageAsync(link.PathAndQuery);

        Assert.NotNull(page.QuerySelector("form[action='/account/confirm'] button[type=submit]"));
        var signIn = await (await browser.SignInAsync(email, AccountSteps.Password)).ParseAsync();
        Assert.Contains("Confirm your email address first", signIn.Text());
        Assert.False(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task A_tampered_confirmation_link_confirms_nothing()
    {
        var browser = app.CreateBrowser();
        var email = Emails.Unique("tampered");
        await browser.RegisterAsync(email);
        await app.DrainOutboxAsync();
        var link = app.Mailbox.SingleMessageTo(email).AccountConfirmationLink();

        var page = await browser.GetPageAsync(link.PathAndQuery.Replace("code=", "code=AAAA"));
        var response = await browser.SubmitAsync(page, "/account/confirm");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This link does not work", (await response.ParseAsync()).Text());
        Assert.NotEqual(HttpStatusCode.Redirect, (await browser.SignInAsync(email, AccountSteps.Password)).StatusCode);
    }

    [Fact]
    public async Task Registration_makes_an_organizer_of_a_new_organisation_with_a_unique_slug()
    {
        var name = $"Amnesty Groupe Genève {Guid.NewGuid():N}"[..30];
        var first = Emails.Unique("first");
        var second = Emails.Unique("second");

        await app.RegisterAndConfirmAsync(first, name);
        await app.RegisterAndConfirmAsync(second, name);

        var firstOrganisation = await OrganisationOfAsync(first);
        var secondOrganisation = await OrganisationOfAsync(second);
        Assert.Equal(name, firstOrganisation.Name);
        Assert.Matches("^amnesty-groupe-geneve-[0-9a-f]+$", firstOrganisation.Slug);
        Assert.Equal(firstOrganisation.Slug + "-2", secondOrganisation.Slug);
        Assert.True(await IsInRoleAsync(first, Roles.Organizer));
        Assert.False(await IsInRoleAsync(first, Roles.Admin));
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_looks_the_same_and_tells_the_owner()
    {
        var owner = await app.Seed.OrganizerAsync(Emails.Unique("owner"));
        var fresh = await app.CreateBrowser().RegisterAsync(Emails.Unique("fresh"));

        var repeat = await app.CreateBrowser().RegisterAsync(owner.Email.ToUpperInvariant(), displayName: "Someone Else");
        await app.DrainOutboxAsync();

        Assert.Equal(fresh.StatusCode, repeat.StatusCode);
        Assert.Equal(fresh.Headers.Location, repeat.Headers.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == owner.Email.ToUpperInvariant())));
        Assert.Equal(1, await app.WithDbAsync(db => db.OrganisationMembers.CountAsync(m => m.UserId == owner.UserId)));
        var notice = app.Mailbox.SingleMessageTo(owner.Email);
        Assert.Contains("Someone tried to register with your email address", notice.Subject);
        Assert.Contains("/account/login", notice.TextBody);
    }

    [Fact]
    public async Task Registering_again_before_confirming_sends_a_fresh_confirmation_link()
    {
        var email = Emails.Unique("forgetful");
        await app.CreateBrowser().RegisterAsync(email);
        await app.CreateBrowser().RegisterAsync(email);
        await app.DrainOutboxAsync();

        var messages = app.Mailbox.MessagesTo(email);
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => m.AccountConfirmationLink());
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant())));
    }

    [Fact]
    public async Task Form_errors_re_render_the_form_with_messages_and_what_was_typed()
    {
        var browser = app.CreateBrowser();
        var page = await browser.GetPageAsync("/account/register");

        var response = await browser.SubmitAsync(page, "/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = "",
            ["OrganisationName"] = "Free Them Now",
            ["Email"] = "not-an-address",
            ["Password"] = AccountSteps.Password,
            ["ConfirmPassword"] = "something else entirely",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var form = await response.ParseAsync();
        var errors = form.ErrorMessages();
        Assert.Contains("Please enter your name.", errors);
        Assert.Contains("Please enter a valid email address, such as name@example.org.", errors);
        Assert.Contains("The two passwords do not match.", errors);
        Assert.Equal("Free Them Now", form.QuerySelector("#OrganisationName")?.GetAttribute("value"));
        Assert.Equal("not-an-address", form.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("form[action='/account/register'] input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task An_address_with_letters_outside_ascii_before_the_at_is_refused_and_nothing_is_stored()
    {
        const string email = "黄雪琴@example.org";

        var response = await app.CreateBrowser().RegisterAsync(email, organisation: $"Unicode {Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.ParseAsync()).ErrorMessages(), e => e.Contains("non-Latin letters before the @"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_rule_it_breaks_and_nothing_is_stored()
    {
        var email = Emails.Unique("weak");

        var response = await app.CreateBrowser().RegisterAsync(email, organisation: $"Weak {Guid.NewGuid():N}", password: "short1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.ParseAsync()).ErrorMessages(), e => e.Contains("at least 10 characters"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant())));
        Assert.Equal(0, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name.StartsWith("Weak "))));
    }

    [Fact]
    public async Task Posting_the_form_without_its_antiforgery_token_is_refused()
    {
        var email = Emails.Unique("forged");

        var response = await app.CreateBrowser().PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DisplayName"] = "Forged", ["OrganisationName"] = "Forged", ["Email"] = email,
            ["Password"] = AccountSteps.Password, ["ConfirmPassword"] = AccountSteps.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant())));
    }

    [Fact]
    public async Task A_bot_filling_in_the_hidden_field_is_shown_the_inbox_page_and_gets_no_account()
    {
        var browser = app.CreateBrowser();
        var email = Emails.Unique("bot");

        var response = await browser.SubmitAsync(await browser.GetPageAsync("/account/register"), "/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = "Bot", ["OrganisationName"] = "Bots", ["Email"] = email,
            ["Password"] = AccountSteps.Password, ["ConfirmPassword"] = AccountSteps.Password, ["Website"] = "http://spam.example",
        });

        Assert.Equal("/account/register/sent", response.Headers.Location?.OriginalString);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant())));
    }

    private Task<Organisation> OrganisationOfAsync(string email) => app.WithDbAsync(db =>
        db.OrganisationMembers.AsNoTracking().Where(m => m.User!.NormalizedEmail == email.ToUpperInvariant())
            .Select(m => m.Organisation!).SingleAsync());

    private Task<bool> IsInRoleAsync(string email, string role) => app.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<User>>();
        return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, role);
    });
}
