using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.PublicPages;

public class CampaignPageTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _browser = app.CreatePageClient();

    [Fact]
    public async Task Letter_to_nine_officials_names_the_first_three_and_counts_the_others()
    {
        var petition = await app.Seed.PetitionAsync(targets: 9);

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}");

        Assert.Equal("Letter to Minister Official 1, Minister Official 2, Minister Official 3 and 6 others",
            page.QuerySelector("#targets-heading").Text());
    }

    [Fact]
    public async Task Letter_to_four_officials_names_them_all()
    {
        var petition = await app.Seed.PetitionAsync(targets: 4);

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}");

        Assert.Equal("Letter to Minister Official 1, Minister Official 2, Minister Official 3 and Minister Official 4",
            page.QuerySelector("#targets-heading").Text());
    }

    [Fact]
    public async Task Kind_and_status_read_as_words()
    {
        var statement = await app.Seed.PetitionAsync(c => c.Kind = CampaignKind.JointStatement);

        var page = await _browser.GetDocumentAsync($"/campaigns/{statement.Slug}");

        Assert.StartsWith("Open Joint statement ·", page.QuerySelector("p.muted").Text());
    }
}
