using System.Net;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Api;

public class PagingTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Theory]
    [InlineData("/api/campaigns?page=2147483647&pageSize=100")]
    [InlineData("/campaigns?page=2147483647")]
    public async Task A_page_far_beyond_the_list_is_empty_not_an_error(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
