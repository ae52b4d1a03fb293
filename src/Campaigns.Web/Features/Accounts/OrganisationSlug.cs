using System.Globalization;
using System.Text;
using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Accounts;

public static class OrganisationSlug
{
    private const int MaxBaseLength = 60;

    /// <summary>Lower-case ASCII letters and digits joined by hyphens; accents dropped, other scripts fall back to "organisation".</summary>
    public static string From(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var trimmed = slug.ToString().Trim('-');
        trimmed = trimmed.Length > MaxBaseLength ? trimmed[..MaxBaseLength].TrimEnd('-') : trimmed;
        return trimmed.Length == 0 ? "organisation" : trimmed;
    }

    /// <summary>The slug for the name, numbered ("amnesty-2") when taken. The unique index settles any race.</summary>
    public static async Task<string> UniqueAsync(CampaignsDbContext db, string name, CancellationToken ct)
    {
        var root = From(name);
        var taken = await db.Organisations.AsNoTracking()
            .Where(o => o.Slug == root || o.Slug.StartsWith(root + "-"))
            .Select(o => o.Slug)
            .ToListAsync(ct);
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var candidate = root;
        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = $"{root}-{n}";
        }
        return candidate;
    }
}
