using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Campaigns.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Campaigns.Tests.Accounts;

/// <summary>What a person does with the account pages, form by form, as a browser without JavaScript would.</summary>
public static class AccountSteps
{
    public const string Password = "river-stones-and-kites-42";

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient CreateBrowser(this CampaignsAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Posts the page's form for <paramref name="action"/> with its hidden fields (the antiforgery token among them) and <paramref name="values"/>.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, string action, IReadOnlyDictionary<string, string>? values = null)
    {
        var form = page.Forms.SingleOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"No form posting to {action} on the page:\n{page.Body?.InnerHtml}");
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields[name] = value;
        }
        return client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> RegisterAsync(
        this HttpClient client, string email, string? organisation = null, string password = Password,
        string? confirmPassword = null, string displayName = "Huang Xueqin") =>
        await client.SubmitAsync(await client.GetPageAsync("/account/register"), "/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = displayName,
            ["OrganisationName"] = organisation ?? $"Friends of the detained {Guid.NewGuid():N}"[..32],
            ["Email"] = email,
            ["Password"] = password,
            ["ConfirmPassword"] = confirmPassword ?? password,
        });

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password, string? returnUrl = null)
    {
        var page = await client.GetPageAsync(returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        return await client.SubmitAsync(page, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    /// <summary>Signs in as a seeded organizer, with the code from the authenticator app when the account uses one.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, Infrastructure.Organizer organizer)
    {
        var first = await client.SignInAsync(organizer.Email, organizer.Password);
        if (organizer.AuthenticatorKey is null || first.Headers.Location?.OriginalString.StartsWith("/account/login/code", StringComparison.Ordinal) != true)
        {
            return first;
        }
        var step = await client.GetPageAsync(first.Headers.Location.OriginalString);
        return await client.SubmitAsync(step, "/account/login/code", new Dictionary<string, string> { ["Code"] = Totp.Code(organizer.AuthenticatorKey) });
    }

    /// <summary>Registers and confirms through the pages and the email, as a new organizer would.</summary>
    public static async Task RegisterAndConfirmAsync(this CampaignsAppFactory app, string email, string? organisation = null)
    {
        var browser = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.RegisterAsync(email, organisation)).StatusCode);
        await app.DrainOutboxAsync();
        var page = await browser.GetPageAsync(app.Mailbox.SingleMessageTo(email).AccountConfirmationLink().PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await browser.SubmitAsync(page, "/account/confirm")).StatusCode);
    }

    public static Uri AccountConfirmationLink(this ReceivedEmail email) =>
        email.Links.FirstOrDefault(l => l.AbsolutePath == "/account/confirm")
        ?? throw new InvalidOperationException($"No /account/confirm link in '{email.Subject}':\n{email.TextBody}");

    public static async Task<bool> IsSignedInAsync(this HttpClient client) =>
        (await client.GetAsync("/api/account/me")).StatusCode == HttpStatusCode.OK;

    /// <summary>The page's visible text with runs of white space collapsed.</summary>
    public static string Text(this IHtmlDocument page) =>
        string.Join(' ', (page.Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<string> ErrorMessages(this IHtmlDocument page) =>
        page.QuerySelectorAll(".errors li").Select(li => li.TextContent.Trim()).ToList();
}
