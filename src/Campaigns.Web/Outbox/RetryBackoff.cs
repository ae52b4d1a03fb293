namespace Campaigns.Web.Outbox;

public static class RetryBackoff
{
    /// <summary>Exponential delay with ±20 % jitter, so messages that failed together do not retry together.</summary>
    public static TimeSpan After(int attempts, OutboxOptions options, double jitterSample)
    {
        var exponent = Math.Min(attempts - 1, 20);
        var seconds = Math.Min(options.BaseRetryDelaySeconds * Math.Pow(2, exponent), options.MaxRetryDelaySeconds);
        return TimeSpan.FromSeconds(seconds * (0.8 + 0.4 * jitterSample));
    }
}
