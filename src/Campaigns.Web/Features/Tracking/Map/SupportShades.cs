namespace Campaigns.Web.Features.Tracking.Map;

/// <summary>
/// The map's shades: one per order of magnitude, so a legend can name each range in plain numbers and a
/// campaign's map keeps its meaning as it grows. Shade 0 is a country with no confirmed signature.
/// </summary>
public static class SupportShades
{
    public static readonly IReadOnlyList<int> LowerBounds = [1, 10, 100, 1_000, 10_000];

    public static int Of(int count)
    {
        var shade = 0;
        while (shade < LowerBounds.Count && count >= LowerBounds[shade])
        {
            shade++;
        }
        return shade;
    }

    /// <summary>The shade's range: its lower bound, and its upper bound unless it is the last.</summary>
    public static (int From, int? To) Range(int shade) =>
        (LowerBounds[shade - 1], shade < LowerBounds.Count ? LowerBounds[shade] - 1 : null);
}
