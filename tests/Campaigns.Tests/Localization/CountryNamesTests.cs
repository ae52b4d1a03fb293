using System.Globalization;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Localization;

public class CountryNamesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Theory]
    [InlineData("zh-Hans", "德国", "美国")]
    [InlineData("zh-Hant", "德國", "美國")]
    [InlineData("en", "Germany", "United States")]
    public async Task The_sign_form_lists_countries_by_their_name_in_the_readers_language(string language, string germany, string unitedStates)
    {
        var petition = await app.Seed.PetitionAsync();

        var page = await app.CreatePageClient().GetDocumentAsync($"/campaigns/{petition.Slug}?lang={language}");

        var options = page.QuerySelectorAll("select[name=Country] option").Where(o => o.GetAttribute("value") is { Length: > 0 }).ToList();
        var names = options.Select(o => o.Text().Trim()).ToList();
        Assert.Equal(germany, options.Single(o => o.GetAttribute("value") == "DE").Text().Trim());
        Assert.Equal(unitedStates, options.Single(o => o.GetAttribute("value") == "US").Text().Trim());
        Assert.Equal(names.Order(StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: false)), names);
    }
}
