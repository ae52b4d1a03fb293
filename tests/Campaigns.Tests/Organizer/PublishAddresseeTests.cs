using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Organizer;

/// <summary>A published campaign always says whom it is for: its targets, or the organizer's "Addressed to".</summary>
public class PublishAddresseeTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Statement_with_neither_targets_nor_addressee_is_not_published_through_the_api()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var draft = await app.Seed.PetitionAsync(c => { c.Status = CampaignStatus.Draft; c.Kind = CampaignKind.JointStatement; }, organizer, targets: 0);

        var problem = await Problems.AssertProblemAsync(await client.PublishAsync(draft.Slug), HttpStatusCode.Conflict);

        Assert.Contains("Addressed to", problem.GetProperty("detail").GetString());
        Assert.Equal(CampaignStatus.Draft, (await app.Seed.FindCampaignAsync(draft.Slug))!.Status);
    }

    [Fact]
    public async Task Statement_addressed_to_a_government_is_published_without_targets()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var draft = await app.Seed.PetitionAsync(c =>
        {
            c.Status = CampaignStatus.Draft;
            c.Kind = CampaignKind.JointStatement;
            c.AddressedTo = "The government of the People's Republic of China";
        }, organizer, targets: 0);

        Assert.Equal(HttpStatusCode.OK, (await client.PublishAsync(draft.Slug)).StatusCode);
    }

    [Fact]
    public async Task Organizer_page_shows_why_a_campaign_without_addressee_is_not_published()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);
        var draft = await app.Seed.PetitionAsync(c => { c.Status = CampaignStatus.Draft; c.Kind = CampaignKind.JointStatement; }, organizer, targets: 0);
        var manage = $"/organizer/campaigns/{draft.Slug}";

        var refused = await browser.SubmitAsync(await browser.GetPageAsync(manage), $"{manage}/publish");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains((await refused.ParseAsync()).ErrorMessages(), m => m.Contains("Addressed to"));
        Assert.Equal(CampaignStatus.Draft, (await app.Seed.FindCampaignAsync(draft.Slug))!.Status);
    }
}
