using System.Text.RegularExpressions;
using System.Xml.Linq;
using Campaigns.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Campaigns.Tests.Localization;

public partial class EnglishResourcesTests
{
    private static readonly string WebProject = Path.Combine(RepositoryRoot(), "src", "Campaigns.Web");

    [Fact]
    public void Every_string_the_pages_and_emails_show_has_an_English_resource()
    {
        var defined = ResourceKeys();
        var missing = UsedKeys().Where(key => !defined.Contains(key)).Order().ToList();

        Assert.True(missing.Count == 0,
            "Add these to src/Campaigns.Web/Resources/SharedResource.resx:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_shared_resources_are_found_at_run_time()
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "").BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();

        var sign = localizer["Sign"];

        Assert.False(sign.ResourceNotFound);
        Assert.Equal("Sign", sign.Value);
    }

    private static HashSet<string> ResourceKeys() =>
        XDocument.Load(Path.Combine(WebProject, "Resources", "SharedResource.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> UsedKeys() =>
        Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml") || f.EndsWith(".cs")) && !f.Contains("/obj/") && !f.Contains("/bin/"))
            .Select(File.ReadAllText)
            .SelectMany(text => LocalizerCall().Matches(text).Concat(TextCall().Matches(text)).Concat(PluralCall().Matches(text)))
            .SelectMany(m => m.Groups.Values.Where(g => g.Name is "key" or "other" && g.Success))
            .Select(g => Regex.Unescape(g.Value))
            .Distinct();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Campaigns.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Campaigns.sln not found above the test output.");
    }

    [GeneratedRegex("""\b[lL]\["(?<key>(?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex("""\b[lL]\.Text\("(?<key>(?:[^"\\]|\\.)*)"[),]""")]
    private static partial Regex TextCall();

    [GeneratedRegex("""\b[lL]\.Plural\([^"]*?"(?<key>(?:[^"\\]|\\.)*)",\s*"(?<other>(?:[^"\\]|\\.)*)"[),]""")]
    private static partial Regex PluralCall();
}
