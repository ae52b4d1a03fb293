using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class SignatureInvalidationConfiguration : IEntityTypeConfiguration<SignatureInvalidation>
{
    public void Configure(EntityTypeBuilder<SignatureInvalidation> builder)
    {
        builder.Property(i => i.IpHash).HasMaxLength(64);
        builder.Property(i => i.EmailDomain).HasMaxLength(253);
        builder.Property(i => i.Country).HasMaxLength(2);
        builder.Property(i => i.Reason).HasMaxLength(500);
        builder.Property(i => i.InvalidatedBy).HasMaxLength(256);
        builder.Property(i => i.UndoneBy).HasMaxLength(256);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.CampaignId, i.InvalidatedAt });
    }
}
