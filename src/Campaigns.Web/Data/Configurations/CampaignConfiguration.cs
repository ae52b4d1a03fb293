using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(1000);
        builder.Property(c => c.Body).HasMaxLength(50_000);
        builder.Property(c => c.StartedBy).HasMaxLength(200);
        builder.Property(c => c.ClosingMessage).HasMaxLength(2000);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => new { c.Status, c.PublishedAt });
        builder.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Targets).WithOne().HasForeignKey(t => t.CampaignId);
        builder.HasMany(c => c.Cases).WithOne().HasForeignKey(c => c.CampaignId);
    }
}
