using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Targets;

/// <summary>The officials of the demo data carry what their sources support, and nothing invented.</summary>
public sealed class DemoTargetsTests : IAsyncLifetime
{
    private readonly CampaignsAppFactory _app = CampaignsAppFactory.Create(new AppOptions
    {
        Settings = new Dictionary<string, string> { ["Campaigns:SeedDemoData"] = "true" },
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Demo_officials_have_delivery_policies_time_zones_and_no_invented_email_addresses()
    {
        _app.CreateClient();

        var targets = await _app.WithDbAsync(db => db.Targets.AsNoTracking().ToListAsync());

        var guterres = targets.Single(t => t.Name == "António Guterres");
        Assert.Equal((DeliveryChannel.Post, DeliveryMode.OnRelease, "America/New_York"), (guterres.Channel, guterres.Mode, guterres.TimeZone));
        Assert.Contains("760 United Nations Plaza", guterres.PostalAddress);
        var ambassadors = targets.Where(t => t.Title!.StartsWith("Chinese")).ToList();
        Assert.Equal(9, ambassadors.Count);
        Assert.All(ambassadors, t => Assert.Equal(("zh-CN", DeliveryChannel.Post, (string?)null), (t.Language, t.Channel, t.Email)));
        Assert.All(ambassadors, t => Assert.True(TimeZoneInfo.TryFindSystemTimeZoneById(t.TimeZone!, out _)));
        Assert.Equal("Your Excellency / 尊敬的大使阁下", targets.Single(t => t.Name == "Liu Xiaoming").Salutation);
    }
}
