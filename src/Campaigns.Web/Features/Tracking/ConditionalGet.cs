using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Campaigns.Web.Features.Tracking;

/// <summary>
/// Strong ETags derived from what a response says, so a watcher asking again with If-None-Match gets a
/// bodiless 304 until the counts change.
/// </summary>
public static class ConditionalGet
{
    public static string ETagOf(ReadOnlySpan<byte> content) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"";

    public static string ETagOf(string content) => ETagOf(System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Sets the caching headers; true when the client already has this version.</summary>
    public static bool IsNotModified(HttpContext http, string etag, int maxAgeSeconds)
    {
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = $"public, max-age={maxAgeSeconds}";
        var requested = http.Request.Headers.IfNoneMatch;
        if (requested.Count == 0 || WillBeCached(http))
        {
            return false;
        }
        return EntityTagHeaderValue.TryParseList(requested, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || (!t.IsWeak && t.Tag == etag));
    }

    // A 304 is never stored, so answering one on a cache miss would leave the cache empty for as long as every
    // watcher revalidates; the full answer fills it, and the output cache turns later revalidations into 304s.
    private static bool WillBeCached(HttpContext http) =>
        http.Features.Get<IOutputCacheFeature>() is { Context.AllowCacheStorage: true };

    /// <summary>The body, or 304 when the client's copy is current.</summary>
    public static IResult Respond(HttpContext http, byte[] body, string contentType, int maxAgeSeconds) =>
        IsNotModified(http, ETagOf(body), maxAgeSeconds)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, contentType);
}
