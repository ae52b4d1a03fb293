using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Counting;

/// <summary>The campaign page says what its figure counts, in the singular for one.</summary>
public class SupportWordingTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Theory]
    [InlineData(CampaignKind.JointStatement, 0, 1, "1 organisation has co-signed")]
    [InlineData(CampaignKind.JointStatement, 0, 32, "32 organisations have co-signed")]
    [InlineData(CampaignKind.Petition, 1, 0, "1 person has signed")]
    [InlineData(CampaignKind.Petition, 1030, 0, "1,030 people have signed")]
    [InlineData(CampaignKind.AppealLetter, 2, 0, "2 people have written")]
    [InlineData(CampaignKind.SignOnLetter, 12, 3, "15 signatories of which 3 organisations")]
    public async Task Campaign_page_words_its_count_by_kind(CampaignKind kind, int individuals, int organisations, string expected)
    {
        var campaign = await app.Seed.PetitionAsync(c => (c.Kind, c.SignatureCount, c.OrganisationCount) = (kind, individuals, organisations));

        var page = await app.CreateBrowser().GetPageAsync($"/campaigns/{campaign.Slug}");

        Assert.Equal(expected, SurfaceNumbers.Words(page.QuerySelector("#support")));
    }

    [Fact]
    public async Task Names_listed_by_the_organizers_are_shown_apart_from_online_signers()
    {
        var campaign = await app.Seed.PetitionAsync(c => (c.Kind, c.SignatureCount, c.ListedCount) = (CampaignKind.SignOnLetter, 7, 4));

        var page = await app.CreateBrowser().GetPageAsync($"/campaigns/{campaign.Slug}");

        Assert.Contains("of which 4 listed by the organizers", page.QuerySelector("#support")!.TextContent);
    }
}
