using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.Property(d => d.DeliveryKey).HasMaxLength(200);
        builder.Property(d => d.LastError).HasMaxLength(2000);
        builder.Property(d => d.MessageId).HasMaxLength(200);
        builder.Property(d => d.HeldReason).HasMaxLength(500);
        builder.Property(d => d.PostedMethod).HasMaxLength(100);
        builder.Property(d => d.PostedReference).HasMaxLength(200);
        builder.Property(d => d.RecordedByUserId).HasMaxLength(450);
        builder.HasOne(d => d.Campaign).WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Target).WithMany().HasForeignKey(d => d.TargetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Signature>().WithMany().HasForeignKey(d => d.SignatureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.DeliveryKey).IsUnique();
        builder.HasIndex(d => new { d.CampaignId, d.TargetId, d.Status });
        builder.HasIndex(d => new { d.TargetId, d.SentAt });
        builder.HasIndex(d => new { d.Status, d.DueAt });
        builder.HasIndex(d => d.SignatureId);
    }
}
