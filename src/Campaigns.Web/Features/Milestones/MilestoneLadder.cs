namespace Campaigns.Web.Features.Milestones;

/// <summary>The counts worth announcing: round numbers that grow with the campaign, and its goal.</summary>
public static class MilestoneLadder
{
    private static readonly int[] RoundNumbers =
        [100, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000, 1_000_000];

    public static IReadOnlyList<int> For(int? goal) =>
        (goal is > 0 ? RoundNumbers.Append(goal.Value) : RoundNumbers).Distinct().Order().ToList();

    public static IReadOnlyList<int> Passed(int count, int? goal) => For(goal).Where(t => t <= count).ToList();

    public static int? Next(int count, int? goal) => For(goal).Cast<int?>().FirstOrDefault(t => t > count);
}
