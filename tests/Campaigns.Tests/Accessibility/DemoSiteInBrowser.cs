using Campaigns.Tests.Browser;
using Campaigns.Web.Features.MySignatures;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Campaigns.Tests.Accessibility;

/// <summary>One Chromium shared by a test class, opening a fresh phone-sized context per test.</summary>
public sealed class DemoSiteInBrowser : IAsyncLifetime
{
    private readonly DemoSiteAppFactory _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _organizerState;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
    }

    /// <summary>The page a demo supporter's emailed link opens.</summary>
    public string MySignaturesPath(string email) =>
        $"/my-signatures/{_app.Services.GetRequiredService<MailboxTokens>().Issue(email)}";

    public async Task<Session> OpenAsync(string? storageState = null)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = _app.ServerAddress.ToString(),
            ViewportSize = new() { Width = 390, Height = 844 },
            StorageState = storageState,
        });
        context.SetDefaultTimeout(60_000);
        return new Session(context, await context.NewPageAsync());
    }

    /// <summary>A session already signed in as the demo organizer; the sign-in happens once per class.</summary>
    public async Task<Session> OpenAsOrganizerAsync()
    {
        if (_organizerState is null)
        {
            await using var first = await OpenAsync();
            await first.SignInAsync(DemoSiteAppFactory.OrganizerEmail, DemoSiteAppFactory.OrganizerPassword);
            _organizerState = await first.StorageStateAsync();
        }
        return await OpenAsync(_organizerState);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    public sealed class Session(IBrowserContext context, IPage page) : IAsyncDisposable
    {
        public async Task SignInAsync(string email, string password)
        {
            await page.GotoAsync("/account/login");
            await page.Locator("#Email").FillAsync(email);
            await page.Locator("#Password").FillAsync(password);
            await page.Locator("form button[type=submit]").Last.ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/account/login"));
        }

        public async Task<AxeResultItem[]> ViolationsOnAsync(string path, string language)
        {
            var separator = path.Contains('?') ? '&' : '?';
            await page.GotoAsync($"{path}{separator}lang={language}");
            var result = await page.RunAxe();
            return result.Violations;
        }

        public Task<string> StorageStateAsync() => context.StorageStateAsync();

        public ValueTask DisposeAsync() => context.DisposeAsync();
    }
}
