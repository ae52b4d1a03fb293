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
        // Restrict: the app never deletes a case, and letters addressed about a person must not silently lose them.
        builder.HasOne<Case>().WithMany().HasForeignKey(t => t.OnBehalfOfCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Target).WithMany().HasForeignKey(t => t.TargetId);
        builder.HasIndex(t => t.TargetId);
    }
}
