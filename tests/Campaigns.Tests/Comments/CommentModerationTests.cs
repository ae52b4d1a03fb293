using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Comments;

public class CommentModerationTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Comments_show_only_after_an_organizer_approves_them_and_rejected_ones_never()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var approvedEmail = Emails.Unique("approved");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(approvedEmail, "Wang Quanzhang", InitialsOnly: true, Comment: "Free them <b>now</b>"));
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique("rejected"), "Li Heping", Comment: "Words the organizers refuse"));
        Assert.Null((await app.CampaignPageAsync(petition.Slug)).QuerySelector("#comments"));

        var browser = await app.SignedInBrowserAsync(organizer);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.ReviewCommentAsync(petition.Slug, "Free them", "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.ReviewCommentAsync(petition.Slug, "Words the organizers refuse", "reject")).StatusCode);

        var page = await app.CampaignPageAsync(petition.Slug);
        Assert.Contains("Free them <b>now</b>", page.CommentsText());
        Assert.Contains("W.Q.", page.CommentsText());
        Assert.DoesNotContain("Wang Quanzhang", page.CommentsText());
        Assert.DoesNotContain("Words the organizers refuse", page.Body!.TextContent);
        Assert.DoesNotContain(approvedEmail, page.Body!.InnerHtml);
        Assert.Null(page.QuerySelector("#comments b"));
    }

    [Fact]
    public async Task Turning_comments_off_takes_approved_ones_off_the_page()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique(), "Xu Yan", Comment: "Stand with the lawyers"));
        var browser = await app.SignedInBrowserAsync(organizer);
        await browser.ReviewCommentAsync(petition.Slug, "Stand with the lawyers", "approve");
        Assert.Contains("Stand with the lawyers", (await app.CampaignPageAsync(petition.Slug)).CommentsText());

        var comments = $"/organizer/campaigns/{petition.Slug}/comments";
        await browser.SubmitAsync(await browser.GetPageAsync(comments), $"{comments}/policy", new Dictionary<string, string> { ["policy"] = "Off" });

        Assert.Null((await app.CampaignPageAsync(petition.Slug)).QuerySelector("#comments"));
    }

    [Fact]
    public async Task An_organizer_of_another_organisation_can_neither_see_nor_approve_the_comments()
    {
        var owner = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: owner);
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique(), "Ding Jiaxi", Comment: "Only the owners decide"));
        var ownerPage = await (await app.SignedInBrowserAsync(owner)).GetPageAsync($"/organizer/campaigns/{petition.Slug}/comments");
        var approve = ownerPage.QuerySelectorAll("form").Select(f => f.GetAttribute("action")!).Single(a => a.EndsWith("/approve"));

        var stranger = await app.Seed.OrganizerAsync();
        var own = await app.Seed.PetitionAsync(owner: stranger);
        var browser = await app.SignedInBrowserAsync(stranger);
        var strangerPage = await browser.GetPageAsync($"/organizer/campaigns/{own.Slug}/comments");
        var token = strangerPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/organizer/campaigns/{petition.Slug}/comments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.PostAsync(approve, new FormUrlEncodedContent(form))).StatusCode);
        var throughOwnCampaign = approve.Replace(petition.Slug, own.Slug);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync(throughOwnCampaign, new FormUrlEncodedContent(form))).StatusCode);
        Assert.Null((await app.CampaignPageAsync(petition.Slug)).QuerySelector("#comments"));
    }
}
