using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Campaigns.Web.Data;

/// <summary>The context on PostgreSQL; its migrations and model snapshot are in Data/Migrations/Postgres.</summary>
public sealed class PostgresCampaignsDbContext(DbContextOptions<PostgresCampaignsDbContext> options) : CampaignsDbContext(options)
{
    public override bool IsPostgres => true;
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without a server: scaffolding never connects.</summary>
public sealed class PostgresCampaignsDbContextFactory : IDesignTimeDbContextFactory<PostgresCampaignsDbContext>
{
    public PostgresCampaignsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCampaignsDbContext>().UseNpgsql("Host=localhost;Database=campaigns").Options);
}
