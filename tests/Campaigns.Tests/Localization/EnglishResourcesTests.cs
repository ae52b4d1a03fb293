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

    [Fact]
    public void Messages_for_forms_and_the_API_go_through_the_localizer()
    {
        var literals = SourceFiles(".cs")
            .SelectMany(f => MessageLiteral().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}"))
            .ToList();

        Assert.True(literals.Count == 0,
            "Write these messages as l[\"English text\", arguments] with IStringLocalizer<SharedResource>:\n" + string.Join("\n", literals));
    }

    [Fact]
    public void No_two_resource_names_differ_only_by_case()
    {
        // The resource compiler keeps one of them and drops the other, so a lookup could find the wrong text.
        var clashes = ResourceKeys().GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(clashes.Count == 0, $"Rename one of each pair: {string.Join(", ", clashes)}");
    }

    private static HashSet<string> ResourceKeys() =>
        XDocument.Load(Path.Combine(WebProject, "Resources", "SharedResource.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> UsedKeys() =>
        SourceFiles(".cshtml").Concat(SourceFiles(".cs"))
            .Select(File.ReadAllText)
            .SelectMany(text => LocalizerCall().Matches(text).Concat(TextCall().Matches(text)).Concat(PluralCall().Matches(text))
                .Concat(ProblemTitle().Matches(text)))
            .SelectMany(m => m.Groups.Values.Where(g => g.Name is "key" or "other" && g.Success))
            .Select(g => Regex.Unescape(g.Value))
            .Distinct();

    private static IEnumerable<string> SourceFiles(string extension) =>
        Directory.EnumerateFiles(WebProject, "*" + extension, SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"));

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

    /// <summary>Problem titles are keys too: ProblemTitles writes them in the request's language.</summary>
    [GeneratedRegex("""\btitle: "(?<key>(?:[^"\\]|\\.)*)"[,)]""")]
    private static partial Regex ProblemTitle();

    [GeneratedRegex("""(?:\.WithMessage\(\$?"|\b(?:Conflict|NotFound|Forbidden|Unauthorized|Problem)\(\s*\$?"|\b(?:Invalid|ValidationFailure)\((?:[^()"]|\([^()]*\))*, \$?"|\bdetail: \$?")""")]
    private static partial Regex MessageLiteral();
}
