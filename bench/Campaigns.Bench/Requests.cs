using System.Net.Http.Headers;
using System.Text;

namespace Campaigns.Bench;

/// <summary>The requests the clients send; every signature has an address no one else used.</summary>
public sealed class Requests(Uri baseAddress, string slug, string runTag)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly string[] Countries = ["GB", "CN", "DE", "US", "FR", "IN", "BR", "KE", "JP", "TR"];

    private readonly Uri _signatures = new(baseAddress, $"/api/campaigns/{slug}/signatures");
    private readonly Uri _count = new(baseAddress, $"/api/campaigns/{slug}/count");
    private readonly Uri _caseCounts = new(baseAddress, $"/api/cases/{Petition.CaseSlug}/counts");
    private readonly Uri _badge = new(baseAddress, $"/campaigns/{slug}/badge.svg");

    public string RunTag => runTag;

    public LoadDriver.NextRequest Sign(string phase) => (client, sequence) =>
    {
        var body = $$"""
            {"name":"Bench Signer {{client}} {{sequence}}","email":"{{runTag}}-{{phase}}-{{client}}-{{sequence}}@example.org","country":"{{Countries[sequence % Countries.Length]}}","city":"Leeds","comment":null,"publicName":true,"emailUpdates":false}
            """;
        return new HttpRequestMessage(HttpMethod.Post, _signatures)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = Json } },
        };
    };

    public LoadDriver.NextRequest Count() => (_, _) => new HttpRequestMessage(HttpMethod.Get, _count);

    public Uri CaseCountsUri => _caseCounts;

    public Uri BadgeUri => _badge;

    /// <summary>A watcher's refresh: a plain GET, or with If-None-Match when it already holds a copy.</summary>
    public static LoadDriver.NextRequest Watch(Uri uri, string? etag = null) => (_, _) =>
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }
        return request;
    };

    /// <summary>Watchers of a family's page: case counts and badges in turn, every other one revalidating its copy.</summary>
    public static LoadDriver.NextRequest Watchers(Uri counts, string countsTag, Uri badge, string badgeTag) => (client, sequence) =>
        ((client + sequence) % 4) switch
        {
            0 => Watch(counts)(client, sequence),
            1 => Watch(counts, countsTag)(client, sequence),
            2 => Watch(badge)(client, sequence),
            _ => Watch(badge, badgeTag)(client, sequence),
        };

    public LoadDriver.NextRequest Confirm(IReadOnlyList<string> tokens)
    {
        var next = -1;
        return (_, _) =>
        {
            var index = Interlocked.Increment(ref next);
            return index < tokens.Count
                ? new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, $"/api/confirmations/{tokens[index]}"))
                : null;
        };
    }

    public Uri CountUri => _count;
}
