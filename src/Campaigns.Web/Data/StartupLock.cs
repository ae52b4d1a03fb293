using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Data;

/// <summary>
/// A session-level PostgreSQL advisory lock held around start-up work on the database (migrations, demo data).
/// EF's own migration lock is taken after it has looked for the history table, so instances starting together
/// on an empty database could both try to create the schema. SQLite has one writer per file and needs nothing here.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    private const long Key = 7_203_119_000;
    private readonly CampaignsDbContext? _db;

    private StartupLock(CampaignsDbContext? db) => _db = db;

    public static async Task<StartupLock> AcquireAsync(CampaignsDbContext db, CancellationToken ct)
    {
        if (!db.IsPostgres)
        {
            return new StartupLock(null);
        }
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", ct);
        return new StartupLock(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
        {
            return;
        }
        await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})");
        await _db.Database.CloseConnectionAsync();
    }
}
