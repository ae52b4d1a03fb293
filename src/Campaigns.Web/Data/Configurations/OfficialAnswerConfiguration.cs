using Campaigns.Web.Domain;
using Campaigns.Web.Features.Answers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class OfficialAnswerConfiguration : IEntityTypeConfiguration<OfficialAnswer>
{
    public void Configure(EntityTypeBuilder<OfficialAnswer> builder)
    {
        builder.Property(a => a.Summary).HasMaxLength(AnswerInput.MaxSummaryLength);
        builder.HasIndex(a => new { a.CampaignId, a.TargetId }).IsUnique();
        builder.HasOne<CampaignTarget>().WithMany().HasForeignKey(a => new { a.CampaignId, a.TargetId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Document).WithOne().HasForeignKey<OfficialAnswerDocument>(d => d.AnswerId).OnDelete(DeleteBehavior.Cascade);
    }
}
