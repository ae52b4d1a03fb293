using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class WithdrawnRecordConfiguration : IEntityTypeConfiguration<WithdrawnRecord>
{
    public void Configure(EntityTypeBuilder<WithdrawnRecord> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.Leaf).HasMaxLength(64);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CampaignId, r.ConfirmedOn });
    }
}
