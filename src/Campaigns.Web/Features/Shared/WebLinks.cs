namespace Campaigns.Web.Features.Shared;

public static class WebLinks
{
    /// <summary>The address when it is a web page (http or https) a link may point to, else null: stored text is not trusted as a link.</summary>
    public static Uri? Safe(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;
}
