using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class PaperScanConfiguration : IEntityTypeConfiguration<PaperScan>
{
    public void Configure(EntityTypeBuilder<PaperScan> builder)
    {
        builder.Property(s => s.ContentType).HasMaxLength(50);
        builder.HasIndex(s => s.BatchId);
    }
}
