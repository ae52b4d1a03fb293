using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Campaigns.Web.Data;

/// <summary>
/// Leaves U+0000 out of every text the app sends to the database, whichever way it came in (JSON, forms, query
/// strings, CSV files). PostgreSQL cannot store it in text and refuses the whole statement; no one means to type
/// it, so dropping it keeps the rest of what was sent. SQLite gets the same text, so both providers store the same.
/// </summary>
public sealed class NulFreeText : DbCommandInterceptor
{
    private const char Nul = '\0';

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        foreach (DbParameter parameter in result.Parameters)
        {
            if (WithoutNul(parameter.Value) is { } cleaned)
            {
                parameter.Value = cleaned;
            }
        }
        return result;
    }

    /// <summary>The value with its NUL characters left out, or null when it has none.</summary>
    private static object? WithoutNul(object? value) => value switch
    {
        string text when text.Contains(Nul) => Strip(text),
        string?[] texts when texts.Any(HasNul) => texts.Select(Strip).ToArray(),
        List<string?> texts when texts.Any(HasNul) => texts.Select(Strip).ToList(),
        _ => null,
    };

    private static bool HasNul(string? text) => text?.Contains(Nul) == true;

    /// <summary>The text without its NUL characters; for statements sent past EF Core.</summary>
    public static string? Strip(string? text) => text?.Replace("\0", "", StringComparison.Ordinal);
}
