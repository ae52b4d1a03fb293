using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedOnAdd();
        builder.Property(m => m.Kind).HasMaxLength(64);
        builder.Property(m => m.DeliveryKey).HasMaxLength(200);
        builder.Property(m => m.Payload).HasMaxLength(20_000);
        builder.Property(m => m.LockedBy).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.HasIndex(m => m.DeliveryKey).IsUnique();
        builder.HasIndex(m => m.AvailableAt).HasFilter("\"ProcessedAt\" IS NULL AND \"FailedAt\" IS NULL");
        builder.Ignore(m => m.State);
    }
}
