using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class ActionSeriesConfiguration : IEntityTypeConfiguration<ActionSeries>
{
    public void Configure(EntityTypeBuilder<ActionSeries> builder)
    {
        builder.Property(s => s.Reference).HasMaxLength(50);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId);
        builder.HasIndex(s => new { s.OrganisationId, s.Reference }).IsUnique();
    }
}
