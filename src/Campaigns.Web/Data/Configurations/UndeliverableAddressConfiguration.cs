using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class UndeliverableAddressConfiguration : IEntityTypeConfiguration<UndeliverableAddress>
{
    public void Configure(EntityTypeBuilder<UndeliverableAddress> builder)
    {
        builder.HasKey(a => a.EmailNormalized);
        builder.Property(a => a.EmailNormalized).HasMaxLength(254);
        builder.Property(a => a.Reason).HasMaxLength(500);
    }
}
