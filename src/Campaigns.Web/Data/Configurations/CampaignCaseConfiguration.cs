using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class CampaignCaseConfiguration : IEntityTypeConfiguration<CampaignCase>
{
    public void Configure(EntityTypeBuilder<CampaignCase> builder)
    {
        builder.HasKey(c => new { c.CampaignId, c.CaseId });
        builder.Property(c => c.Position).HasDefaultValue(0);
        builder.Property(c => c.ActionStatus).HasDefaultValue(ActionStatus.Continues);
        builder.Property(c => c.ActionReason).HasMaxLength(500);
        builder.HasOne(c => c.Case).WithMany().HasForeignKey(c => c.CaseId);
        builder.HasIndex(c => c.CaseId);
    }
}
