using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class DeliveryItemConfiguration : IEntityTypeConfiguration<DeliveryItem>
{
    public void Configure(EntityTypeBuilder<DeliveryItem> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedOnAdd();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Target>().WithMany().HasForeignKey(i => i.TargetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Signature>().WithMany().HasForeignKey(i => i.SignatureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Delivery>().WithMany().HasForeignKey(i => i.DeliveryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.TargetId, i.SignatureId }).IsUnique();
        builder.HasIndex(i => new { i.CampaignId, i.TargetId, i.DeliveryId });
        builder.HasIndex(i => i.SignatureId);
        builder.HasIndex(i => i.DeliveryId);
    }
}
