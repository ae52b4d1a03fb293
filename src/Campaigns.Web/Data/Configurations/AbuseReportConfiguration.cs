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
        builder.HasOne<Signature>().WithMany().HasForeignKey(r => r.SignatureId);
        builder.HasIndex(r => new { r.HandledAt, r.CreatedAt });
    }
}
