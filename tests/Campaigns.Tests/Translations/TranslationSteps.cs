using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Translations;

public static class TranslationSteps
{
    public const string ChineseTitle = "释放因和平写作而被关押的人";
    public const string ChineseSummary = "和平写作的人因其工作被关押。请呼吁释放他们。";
    public const string ChineseBody = "## 为什么重要\n\n他们**和平地**写作，却因此入狱。";

    public static Dictionary<string, object?> CampaignTranslation(string title = ChineseTitle) => new()
    {
        ["title"] = title,
        ["summary"] = ChineseSummary,
        ["body"] = ChineseBody,
    };

    public static async Task<HttpClient> SignedInBrowserAsync(this CampaignsAppFactory app, Infrastructure.Organizer organizer)
    {
        var browser = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(organizer.Email, organizer.Password)).StatusCode);
        return browser;
    }
}
