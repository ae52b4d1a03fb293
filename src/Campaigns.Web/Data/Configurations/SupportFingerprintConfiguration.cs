using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class SupportFingerprintConfiguration : IEntityTypeConfiguration<SupportFingerprint>
{
    public void Configure(EntityTypeBuilder<SupportFingerprint> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedOnAdd();
        builder.Property(f => f.Records).HasMaxLength(64);
        builder.Property(f => f.Link).HasMaxLength(64);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(f => f.CampaignId).OnDelete(DeleteBehavior.Cascade);
        // One link per campaign and day: a second run of the job for a day fails here instead of forking the chain.
        builder.HasIndex(f => new { f.CampaignId, f.Day }).IsUnique();
    }
}
