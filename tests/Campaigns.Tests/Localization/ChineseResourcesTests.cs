using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Campaigns.Tests.Localization;

public partial class ChineseResourcesTests
{
    private static readonly string ResourcesFolder = Path.Combine(RepositoryRoot(), "src", "Campaigns.Web", "Resources");

    public static TheoryData<string, string> Translations()
    {
        var data = new TheoryData<string, string>();
        foreach (var english in Directory.EnumerateFiles(ResourcesFolder, "*.resx").Where(f => Path.GetFileName(f).Count(c => c == '.') == 1))
        {
            foreach (var culture in new[] { "zh-Hans", "zh-Hant" })
            {
                data.Add(Path.GetFileName(english), culture);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_English_resource_has_a_Chinese_translation_with_the_same_placeholders(string englishFile, string culture)
    {
        var translatedFile = Path.Combine(ResourcesFolder, $"{Path.GetFileNameWithoutExtension(englishFile)}.{culture}.resx");
        Assert.True(File.Exists(translatedFile), $"{Path.GetFileName(translatedFile)} is missing.");
        var english = Entries(Path.Combine(ResourcesFolder, englishFile));
        var translated = Entries(translatedFile);

        var problems = english.Keys.Where(k => !translated.ContainsKey(k)).Select(k => $"missing: {k}")
            .Concat(translated.Keys.Where(k => !english.ContainsKey(k)).Select(k => $"not in English: {k}"))
            .Concat(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"empty: {t.Key}"))
            .Concat(translated.Where(t => english.ContainsKey(t.Key) && !Placeholders(english[t.Key]).SetEquals(Placeholders(t.Value)))
                .Select(t => $"placeholders differ: {t.Key}"))
            .ToList();

        Assert.True(problems.Count == 0, $"{Path.GetFileName(translatedFile)}:\n{string.Join("\n", problems)}");
    }

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups["index"].Value).ToHashSet();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Campaigns.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Campaigns.sln not found above the test output.");
    }

    [GeneratedRegex(@"\{(?<index>\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
