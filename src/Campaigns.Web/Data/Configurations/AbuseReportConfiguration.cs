using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class AbuseReportConfiguration : IEntityTypeConfiguration<AbuseReport>
{
    public void Configure(EntityTypeBuilder<AbuseReport> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId);
        // A comment erased by its author takes the reports about it along.
        builder.HasOne<Signature>().WithMany().HasForeignKey(r => r.SignatureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.HandledAt, r.CreatedAt });
    }
}
