using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class CountDeltaConfiguration : IEntityTypeConfiguration<CountDelta>
{
    public void Configure(EntityTypeBuilder<CountDelta> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.Organisation).HasDefaultValue(false);
        builder.Property(d => d.Listed).HasDefaultValue(false);
        builder.Property(d => d.Paper).HasDefaultValue(false);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(d => d.CampaignId);
        builder.HasIndex(d => d.CampaignId);
    }
}
