using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Features.Tracking;
using Campaigns.Web.Features.Tracking.Map;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Tracking;

public class SupportMapDrawingTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public void A_subject_s_map_is_drawn_again_only_when_a_country_s_count_changes()
    {
        var map = app.Services.GetRequiredService<SupportMap>();
        var subject = $"Campaign:{Guid.NewGuid():N}";

        var first = map.Render(subject, [new CountryCount("GB", 3)]);
        var again = map.Render(subject, [new CountryCount("GB", 3)]);
        var changed = map.Render(subject, [new CountryCount("GB", 30)]);

        Assert.Same(first, again);
        Assert.Contains("<path class=\"map-shade-1\" d=", first);
        Assert.Contains("United Kingdom: 30 signatures", changed);
        Assert.DoesNotContain("United Kingdom: 3 signatures", changed);
    }
}
