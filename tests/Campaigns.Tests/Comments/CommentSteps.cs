using AngleSharp.Html.Dom;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Comments;

/// <summary>What organizers and visitors do with supporters' comments, through the pages.</summary>
public static class CommentSteps
{
    public static async Task<HttpClient> SignedInBrowserAsync(this CampaignsAppFactory app, Infrastructure.Organizer account)
    {
        var browser = app.CreateBrowser();
        await browser.SignInAsync(account);
        return browser;
    }

    /// <summary>Presses Approve or Reject (<paramref name="decision"/>) beside the comment on the campaign's comments page.</summary>
    public static async Task<HttpResponseMessage> ReviewCommentAsync(this HttpClient organizer, string slug, string comment, string decision)
    {
        var page = await organizer.GetPageAsync($"/organizer/campaigns/{slug}/comments");
        var row = page.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(comment));
        var action = row.QuerySelectorAll("form").Select(f => f.GetAttribute("action")!).Single(a => a.EndsWith("/" + decision));
        return await organizer.SubmitAsync(page, action);
    }

    public static async Task<IHtmlDocument> CampaignPageAsync(this CampaignsAppFactory app, string slug) =>
        await app.CreateClient().GetPageAsync($"/campaigns/{slug}");

    public static string CommentsText(this IHtmlDocument campaignPage) => campaignPage.QuerySelector("#comments").Text();
}
