using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Campaigns.Web.Data;

/// <summary>The context on SQLite (the embedded default); its migrations and model snapshot are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteCampaignsDbContext(DbContextOptions<SqliteCampaignsDbContext> options) : CampaignsDbContext(options)
{
    public override bool IsPostgres => false;
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite model; scaffolding never opens the file.</summary>
public sealed class SqliteCampaignsDbContextFactory : IDesignTimeDbContextFactory<SqliteCampaignsDbContext>
{
    public SqliteCampaignsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCampaignsDbContext>().UseSqlite("Data Source=campaigns.db").Options);
}
