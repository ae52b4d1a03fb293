using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Accessibility;

/// <summary>The app on a real socket with the demo cases and campaigns a newcomer sees on first run.</summary>
public sealed class DemoSiteAppFactory() : KestrelAppFactory(new AppOptions
{
    Settings = new Dictionary<string, string> { ["Campaigns:SeedDemoData"] = "true" },
})
{
    public const string OrganizerEmail = "organizer@demo.campaigns.local";
    public const string OrganizerPassword = "demo-organizer-2026";
}
