namespace Campaigns.Web.Features.Campaigns;

public static class TargetSummary
{
    /// <summary>"X, Y and 6 others": the first names in the organizer's order, the rest as a number.</summary>
    public static string Describe(IReadOnlyList<string> targets, int shown = 3)
    {
        if (targets.Count <= shown + 1)
        {
            return targets.Count switch
            {
                0 => "",
                1 => targets[0],
                _ => $"{string.Join(", ", targets.Take(targets.Count - 1))} and {targets[^1]}",
            };
        }
        var others = targets.Count - shown;
        return $"{string.Join(", ", targets.Take(shown))} and {others} others";
    }
}
