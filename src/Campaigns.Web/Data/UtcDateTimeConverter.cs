using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Campaigns.Web.Data;

/// <summary>Every stored time is UTC; SQLite keeps no kind, so values read back are marked UTC explicitly.</summary>
public class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
