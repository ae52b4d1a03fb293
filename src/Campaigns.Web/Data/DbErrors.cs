using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Campaigns.Web.Data;

public static class DbErrors
{
    private const int SqliteConstraint = 19;

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException lite => lite.SqliteErrorCode == SqliteConstraint && lite.Message.Contains("UNIQUE"),
        _ => false,
    };
}
