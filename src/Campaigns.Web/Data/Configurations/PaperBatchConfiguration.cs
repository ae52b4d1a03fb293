using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class PaperBatchConfiguration : IEntityTypeConfiguration<PaperBatch>
{
    public void Configure(EntityTypeBuilder<PaperBatch> builder)
    {
        builder.Property(b => b.Place).HasMaxLength(200);
        builder.Property(b => b.Note).HasMaxLength(1000);
        builder.Property(b => b.RecordedBy).HasMaxLength(256);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(b => b.CampaignId);
        builder.HasMany(b => b.Scans).WithOne().HasForeignKey(s => s.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.CampaignId, b.CollectedOn });
    }
}
