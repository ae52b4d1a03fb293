using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class CampaignTargetConfiguration : IEntityTypeConfiguration<CampaignTarget>
{
    public void Configure(EntityTypeBuilder<CampaignTarget> builder)
    {
        builder.HasKey(t => new { t.CampaignId, t.TargetId });
        builder.Property(t => t.NoFurtherActionReason).HasMaxLength(500);
        // No foreign key: SQLite cannot add one to an existing table without rebuilding it.
        builder.HasIndex(t => t.OnBehalfOfCaseId);
        builder.HasOne(t => t.Target).WithMany().HasForeignKey(t => t.TargetId);
        builder.HasIndex(t => t.TargetId);
    }
}
