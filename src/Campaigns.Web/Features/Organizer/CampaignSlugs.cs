using System.Globalization;
using System.Text;
using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Organizer;

/// <summary>The address part of a campaign's URL: lowercase a-z, 0-9 and single hyphens.</summary>
public static class CampaignSlugs
{
    public const int MaxLength = 100;
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private const int GeneratedLength = 80;
    private const string Fallback = "campaign";

    // "new" would be shadowed by the organizer's create page.
    private static readonly HashSet<string> Reserved = ["new"];

    public static bool IsReserved(string? slug) => slug is not null && Reserved.Contains(slug);

    public static string FromTitle(string title)
    {
        var slug = new StringBuilder();
        foreach (var ch in title.Normalize(NormalizationForm.FormD))
        {
            var c = char.ToLowerInvariant(ch);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var text = slug.ToString().Trim('-');
        if (text.Length > GeneratedLength)
        {
            text = text[..GeneratedLength].TrimEnd('-');
        }
        return text.Length == 0 || IsReserved(text) ? Fallback : text;
    }

    /// <summary>The slug itself when free among <paramref name="slugsInUse"/>, otherwise the first free "slug-2", "slug-3"…</summary>
    public static async Task<string> FirstFreeAsync(IQueryable<string> slugsInUse, string slug, CancellationToken ct)
    {
        var prefix = slug + "-";
        var taken = (await slugsInUse.Where(s => s == slug || s.StartsWith(prefix)).ToListAsync(ct)).ToHashSet();
        if (!taken.Contains(slug))
        {
            return slug;
        }
        var n = 2;
        while (taken.Contains($"{slug}-{n}"))
        {
            n++;
        }
        return $"{slug}-{n}";
    }
}
