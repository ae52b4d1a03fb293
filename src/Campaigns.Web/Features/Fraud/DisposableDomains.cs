namespace Campaigns.Web.Features.Fraud;

/// <summary>The disposable-address domains blocked unless an admin allows them, read once from the list shipped with the app.</summary>
public static class DisposableDomains
{
    public static readonly IReadOnlySet<string> All = Load();

    private static HashSet<string> Load()
    {
        using var stream = typeof(DisposableDomains).Assembly.GetManifestResourceStream("disposable-domains.txt")
            ?? throw new InvalidOperationException("The list of disposable domains is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
    }
}
