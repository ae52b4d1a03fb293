using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Retention;

[Collection(RetentionCollection.Name)]
public class PrivacyPageTests(RetentionAppFactory app)
{
    [Fact]
    public async Task The_privacy_page_states_the_configured_retention_periods()
    {
        var page = await app.CreateClient().GetPageAsync("/privacy");

        var text = page.Text();
        Assert.Contains("erased 4 months after the last delivery", text);
        Assert.Contains("deleted after 5 days", text);
        Assert.Contains("never confirmed is deleted after 12 days", text);
        Assert.Contains("erased after 20 days", text);
    }

    [Fact]
    public async Task The_privacy_page_says_how_long_message_writers_and_paper_scans_are_kept()
    {
        var page = await app.CreateClient().GetPageAsync("/privacy");

        var messages = page.QuerySelector("#messages").Text();
        Assert.Contains("erased 4 months after the organizers decide on your message", messages);
        Assert.Contains("never confirmed is deleted after 12 days", messages);
        Assert.Contains("erased with signers' data", page.QuerySelector("#paper").Text());
    }

    [Theory]
    [InlineData("zh-Hans", "4 个月")]
    [InlineData("zh-Hant", "4 個月")]
    public async Task The_privacy_page_states_the_figures_in_chinese_too(string language, string months)
    {
        var page = await app.CreateClient().GetPageAsync($"/privacy?lang={language}");

        Assert.Contains(months, page.QuerySelector("#signer-data").Text());
    }

    [Fact]
    public async Task Every_page_links_to_the_privacy_page_in_its_footer()
    {
        var page = await app.CreateClient().GetPageAsync("/");

        Assert.NotNull(page.QuerySelector("footer a[href='/privacy']"));
    }
}
