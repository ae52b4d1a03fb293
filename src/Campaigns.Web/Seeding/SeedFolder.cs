using System.Text.Json;
using System.Text.Json.Serialization;

namespace Campaigns.Web.Seeding;

/// <summary>Reads the hand-edited demo data; errors name the file so a typo is quick to find.</summary>
public sealed class SeedFolder(string root)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "seeds");

    public string Root => root;

    public bool Exists => Directory.Exists(root);

    public T Read<T>(string relativePath)
    {
        var path = Path.Combine(root, relativePath);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException("The file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    public IReadOnlyList<T> ReadEach<T>(string relativeDirectory) =>
        Directory.GetFiles(Path.Combine(root, relativeDirectory), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file => Read<T>(Path.GetRelativePath(root, file)))
            .ToList();

    public string Text(string relativePath) =>
        File.ReadAllText(Path.Combine(root, relativePath)).ReplaceLineEndings("\n").Trim();
}
