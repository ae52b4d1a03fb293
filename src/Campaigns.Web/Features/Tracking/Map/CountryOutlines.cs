using System.Globalization;

namespace Campaigns.Web.Features.Tracking.Map;

/// <summary>
/// The world's country outlines as SVG paths, read once from the generated data file (Natural Earth 1:110m,
/// see tools/world-map), and a point for each country too small to draw at that scale. Areas without an ISO code
/// are land that is never shaded.
/// </summary>
public sealed class CountryOutlines
{
    public const string ResourceName = "countries-110m.txt";
    public const string Uncoded = "--";

    public static readonly CountryOutlines World = Load();

    private CountryOutlines(int width, int height, IReadOnlyList<(string Code, string Path)> shapes, IReadOnlyDictionary<string, (int X, int Y)> points)
    {
        (Width, Height, Shapes, Points) = (width, height, shapes, points);
        Codes = shapes.Select(s => s.Code).Concat(points.Keys).Where(c => c != Uncoded).ToHashSet(StringComparer.Ordinal);
    }

    public int Width { get; }

    public int Height { get; }

    public IReadOnlyList<(string Code, string Path)> Shapes { get; }

    /// <summary>Where the countries too small to outline are, marked only when they have supporters.</summary>
    public IReadOnlyDictionary<string, (int X, int Y)> Points { get; }

    /// <summary>Countries the map can show; the others appear only in the table.</summary>
    public IReadOnlySet<string> Codes { get; }

    private static CountryOutlines Load()
    {
        using var stream = typeof(CountryOutlines).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded map data {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine() ?? "";
        var size = header.Split(' ')[3].Split('x');
        var shapes = new List<(string, string)>();
        var points = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Split(' ') is [var code, "dot", var x, var y])
            {
                points[code] = (Number(x), Number(y));
            }
            else if (line.Length > 3)
            {
                shapes.Add((line[..2], line[3..]));
            }
        }
        return new CountryOutlines(Number(size[0]), Number(size[1].TrimEnd('.')), shapes, points);
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
