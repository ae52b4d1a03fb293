using Campaigns.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Campaigns.Tests.Accessibility;

/// <summary>
/// axe-core finds no violation on the pages supporters and organizers use most, in every interface language,
/// on a phone's screen.
/// </summary>
public sealed class KeyPagesAccessibilityTests(DemoSiteInBrowser site) : IClassFixture<DemoSiteInBrowser>
{
    private const string DemoSupporter = "lucia.fernandez@example.org";

    public static TheoryData<string, string> PublicPages => Cross(
        "/",
        "/campaigns",
        "/campaigns/free-wang-bingzhang",
        "/campaigns/write-to-the-officials-wang-bingzhang",
        "/campaigns/letter-to-un-secretary-general-2022",
        "/campaigns/free-huang-xueqin-and-wang-jianbing",
        "/campaigns/release-wang-bingzhang-2013",
        "/campaigns/free-wang-bingzhang/tracking",
        "/cases",
        "/cases/wang-bingzhang",
        "/cases/wang-bingzhang/follow",
        "/my-signatures",
        "/account/login",
        "/account/register",
        "/privacy",
        "/report?campaign=free-wang-bingzhang",
        "/no-such-page");

    public static TheoryData<string, string> OrganizerPages => Cross(
        "/organizer",
        "/organizer/campaigns/free-wang-bingzhang",
        "/organizer/campaigns/free-wang-bingzhang/deliveries",
        "/organizer/campaigns/free-wang-bingzhang/comments",
        "/organizer/cases",
        "/account/security",
        "/account/security/authenticator");

    [BrowserTheory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_page_has_no_accessibility_violation(string path, string language)
    {
        await using var session = await site.OpenAsync();

        var violations = await session.ViolationsOnAsync(path, language);

        Assert.True(violations.Length == 0, Describe(path, language, violations));
    }

    [BrowserTheory]
    [MemberData(nameof(OrganizerPages))]
    public async Task Organizer_page_has_no_accessibility_violation(string path, string language)
    {
        await using var session = await site.OpenAsOrganizerAsync();

        var violations = await session.ViolationsOnAsync(path, language);

        Assert.True(violations.Length == 0, Describe(path, language, violations));
    }

    public static TheoryData<string, string> SupporterPages => Cross("", "/data", "/erase");

    [BrowserTheory]
    [MemberData(nameof(SupporterPages))]
    public async Task My_signatures_page_has_no_accessibility_violation(string page, string language)
    {
        await using var session = await site.OpenAsync();

        var violations = await session.ViolationsOnAsync(site.MySignaturesPath(DemoSupporter) + page, language);

        Assert.True(violations.Length == 0, Describe($"/my-signatures/…{page}", language, violations));
    }

    private static TheoryData<string, string> Cross(params string[] paths)
    {
        var data = new TheoryData<string, string>();
        foreach (var path in paths)
        {
            foreach (var language in new[] { "en", "zh-Hans", "zh-Hant" })
            {
                data.Add(path, language);
            }
        }
        return data;
    }

    private static string Describe(string path, string language, AxeResultItem[] violations) =>
        $"{path} in {language}:\n" + string.Join("\n", violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Select(n => string.Join(" ", n.Target)))));
}
