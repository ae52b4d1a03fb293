using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Signing;

public class SignFormWordingTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Theory]
    [InlineData(CampaignKind.Petition, "Sign this petition", "Sign")]
    [InlineData(CampaignKind.SignOnLetter, "Add your name to this letter", "Add my name")]
    [InlineData(CampaignKind.JointStatement, "Support this statement", "Add my support")]
    [InlineData(CampaignKind.AppealLetter, "Send this appeal", "Send")]
    public async Task Sign_form_speaks_of_the_kind_of_campaign_it_belongs_to(CampaignKind kind, string heading, string button)
    {
        var campaign = await app.Seed.PetitionAsync(c => c.Kind = kind);

        var page = await app.CreateBrowser().GetPageAsync($"/campaigns/{campaign.Slug}");

        var form = page.QuerySelector($"form[action^='/campaigns/{campaign.Slug}/sign']")!;
        Assert.Equal(heading, form.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(button, form.QuerySelector("button[type='submit']")!.TextContent.Trim());
    }
}
