using System.Globalization;

namespace Campaigns.Web.Features.Tracking.Map;

/// <summary>
/// The world's country outlines as SVG paths, read once from the generated data file (Natural Earth 1:110m,
/// see tools/world-map). Areas without an ISO code are land that is never shaded.
/// </summary>
public sealed class CountryOutlines
{
    public const string ResourceName = "countries-110m.txt";
    public const string Uncoded = "--";

    public static readonly CountryOutlines World = Load();

    private CountryOutlines(int width, int height, IReadOnlyList<(string Code, string Path)> shapes)
    {
        (Width, Height, Shapes) = (width, height, shapes);
        Codes = shapes.Select(s => s.Code).Where(c => c != Uncoded).ToHashSet(StringComparer.Ordinal);
    }

    public int Width { get; }

    public int Height { get; }

    public IReadOnlyList<(string Code, string Path)> Shapes { get; }

    /// <summary>Countries big enough to draw; the others appear only in the table.</summary>
    public IReadOnlySet<string> Codes { get; }

    private static CountryOutlines Load()
    {
        using var stream = typeof(CountryOutlines).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded map data {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine() ?? "";
        var size = header.Split(' ')[3].Split('x');
        var shapes = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 3)
            {
                shapes.Add((line[..2], line[3..]));
            }
        }
        return new CountryOutlines(int.Parse(size[0], CultureInfo.InvariantCulture), int.Parse(size[1].TrimEnd('.'), CultureInfo.InvariantCulture), shapes);
    }
}
