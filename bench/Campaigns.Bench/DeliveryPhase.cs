using System.Diagnostics;

namespace Campaigns.Bench;

/// <summary>
/// Letters to one official per second: confirmed signatures with their deliveries planned are put straight
/// into the tables, then the app's jobs (delivery schedule every second, a Hangfire job per delivery) send them.
/// Individual mode sends one email per letter; digest mode one email per <see cref="BenchOptions.DigestSize"/> signatures.
/// </summary>
public static class DeliveryPhase
{
    public static async Task RunAsync(BenchDatabase db, BenchOptions options, int letters, CancellationToken ct)
    {
        var mail = options.Smtp ? $"SMTP 127.0.0.1:{options.SmtpPort}" : "a pickup folder";
        Console.WriteLine($"deliveries: {letters:N0} letters per mode, mail to {mail}");
        foreach (var digest in new[] { false, true })
        {
            var campaignId = await DeliveryArrangement.ArrangeAsync(db, letters, digest, options.DigestSize);
            var clock = Stopwatch.StartNew();
            var expected = digest ? (letters + options.DigestSize - 1) / options.DigestSize : letters;
            while (await SentAsync(db, campaignId) < expected)
            {
                ct.ThrowIfCancellationRequested();
                if (clock.Elapsed > TimeSpan.FromMinutes(10))
                {
                    throw new TimeoutException($"only {await SentAsync(db, campaignId)} of {expected} deliveries were sent in 10 minutes");
                }
                await Task.Delay(100, ct);
            }
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(digest
                ? $"digest mode:     {expected:N0} digest emails carrying {letters:N0} signatures in {seconds:F1} s: {expected / seconds:N1} deliveries/s, {letters / seconds:N0} signatures/s"
                : $"individual mode: {letters:N0} letters in {seconds:F1} s: {letters / seconds:N0} deliveries/s");
        }
    }

    private static Task<long> SentAsync(BenchDatabase db, Guid campaignId) =>
        db.ScalarAsync<long>($"SELECT count(*) FROM \"Deliveries\" WHERE \"CampaignId\" = '{campaignId}' AND \"Status\" = 'Sent'");
}
