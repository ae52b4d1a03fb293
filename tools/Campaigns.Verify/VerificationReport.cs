using Campaigns.Fingerprints;

namespace Campaigns.Verify;

/// <summary>One line per day, then the verdict.</summary>
public static class VerificationReport
{
    public static async Task WriteAsync(Verification verification, string campaign, TextWriter output)
    {
        await output.WriteLineAsync($"Campaign: {campaign}");
        foreach (var day in verification.Days)
        {
            await output.WriteLineAsync($"{FingerprintChain.FormatDay(day.Day)}  {Status(day.Status),-17}  {day.Exported,8} in the export  {day.Fingerprinted,8} fingerprinted");
        }
        if (verification.Pending > 0)
        {
            await output.WriteLineAsync($"{verification.Pending} confirmed signatures in the export are newer than the latest fingerprint.");
        }
        if (verification.Latest is not { } latest)
        {
            await output.WriteLineAsync("The campaign has no fingerprint yet.");
        }
        else if (verification.FirstDifference is { } first)
        {
            await output.WriteLineAsync($"DIFFERS. First day that differs: {FingerprintChain.FormatDay(first.Day)}");
        }
        else
        {
            await output.WriteLineAsync($"OK. The export matches every fingerprint up to {FingerprintChain.FormatDay(latest.Day)}: {latest.Total} confirmed signatures, fingerprint {latest.Link}");
        }
    }

    private static string Status(DayStatus status) => status switch
    {
        DayStatus.Ok => "OK",
        DayStatus.Differs => "DIFFERS",
        DayStatus.NotFingerprinted => "NOT FINGERPRINTED",
        _ => "BROKEN CHAIN",
    };
}
