using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class ListedSignatoryConfiguration : IEntityTypeConfiguration<ListedSignatory>
{
    public void Configure(EntityTypeBuilder<ListedSignatory> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Country).HasMaxLength(2);
        builder.Property(s => s.Role).HasMaxLength(200);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId);
        builder.HasOne<SignatoryGroup>().WithMany().HasForeignKey(s => s.GroupId);
        builder.HasIndex(s => new { s.GroupId, s.Position });
    }
}
