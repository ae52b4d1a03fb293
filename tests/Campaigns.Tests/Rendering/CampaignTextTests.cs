using Campaigns.Web.Infrastructure;

namespace Campaigns.Tests.Rendering;

/// <summary>Organizers write Markdown; what reaches a signer's browser must not be able to run or load anything.</summary>
public class CampaignTextTests
{
    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<data:text/html;base64,PHNjcmlwdD4=>")]
    [InlineData("[x](vbscript:msgbox)")]
    public void Links_that_would_run_script_are_neutralised(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("data:", html);
        Assert.DoesNotContain("vbscript:", html);
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = MarkdownRenderer.ToHtml("<script>alert(1)</script><img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void Images_from_other_sites_are_not_loaded()
    {
        var html = MarkdownRenderer.ToHtml("![tracker](https://tracker.example/pixel.gif)");

        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void Ordinary_links_and_emphasis_survive()
    {
        var html = MarkdownRenderer.ToHtml("Read **the report** at [the UN](https://www.ohchr.org/) or <https://example.org/a>.");

        Assert.Contains("<strong>the report</strong>", html);
        Assert.Contains("href=\"https://www.ohchr.org/\"", html);
        Assert.Contains("href=\"https://example.org/a\"", html);
    }
}
