using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class SignatoryGroupConfiguration : IEntityTypeConfiguration<SignatoryGroup>
{
    public void Configure(EntityTypeBuilder<SignatoryGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.Property(g => g.Country).HasMaxLength(2);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(g => g.CampaignId);
        builder.HasIndex(g => new { g.CampaignId, g.Position });
    }
}
