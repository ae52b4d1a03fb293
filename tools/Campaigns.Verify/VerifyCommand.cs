using System.Text.Json;
using Campaigns.Fingerprints;

namespace Campaigns.Verify;

/// <summary>
/// Checks an organizer's export (CSV) against a campaign's published fingerprints (a JSON file or its address) and
/// prints every day's outcome. Exit code 0: everything matches; 1: a day differs; 2: the input could not be read.
/// </summary>
public static class VerifyCommand
{
    public const int Matches = 0;
    public const int Differs = 1;
    public const int Unreadable = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(string[] args, TextWriter output, HttpClient http)
    {
        if (args.Length != 2)
        {
            await output.WriteLineAsync("Usage: Campaigns.Verify <export.csv> <fingerprints.json | https://site/api/campaigns/<slug>/fingerprints>");
            return Unreadable;
        }
        if (!File.Exists(args[0]))
        {
            await output.WriteLineAsync($"No such file: {args[0]}");
            return Unreadable;
        }
        using var file = new StreamReader(args[0]);
        var export = await ExportReader.ReadAsync(file);
        if (!export.IsOk)
        {
            await output.WriteLineAsync($"{args[0]}, row {export.Row}: {Describe(export.Problem)}");
            return Unreadable;
        }
        var history = await ReadHistoryAsync(args[1], http, output);
        if (history is null)
        {
            return Unreadable;
        }
        var verification = FingerprintVerifier.Verify(export.Records, history);
        await VerificationReport.WriteAsync(verification, history.Campaign, output);
        return verification.Matches ? Matches : Differs;
    }

    private static async Task<PublishedHistory?> ReadHistoryAsync(string source, HttpClient http, TextWriter output)
    {
        try
        {
            var json = Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? await http.GetStringAsync(uri)
                : await File.ReadAllTextAsync(source);
            return JsonSerializer.Deserialize<PublishedHistory>(json, Json) is { Days: not null, Retired: not null } history
                ? history
                : Fail();
        }
        catch (Exception e) when (e is IOException or HttpRequestException or JsonException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Could not read the fingerprints from {source}: {e.Message}");
            return null;
        }

        PublishedHistory? Fail()
        {
            output.WriteLine($"{source} does not hold published fingerprints.");
            return null;
        }
    }

    private static string Describe(ExportProblem problem) => problem switch
    {
        ExportProblem.Malformed => "the quotes in this row do not match.",
        ExportProblem.BadSignatureId => "the signature id is not valid.",
        ExportProblem.BadConfirmationTime => "the confirmation time is not valid.",
        _ => "this is not a signature export: it needs the columns signature_id and confirmed_at.",
    };
}
