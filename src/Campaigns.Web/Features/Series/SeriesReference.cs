using System.Text;

namespace Campaigns.Web.Features.Series;

public static class SeriesReference
{
    public const int MaxLength = 50;

    /// <summary>"UA 44/22" → "ua-44-22": a form of the reference that fits in a URL.</summary>
    public static string Slug(string reference)
    {
        var slug = new StringBuilder(reference.Length);
        foreach (var c in reference.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }

    public static string Clean(string reference) =>
        string.Join(' ', reference.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
