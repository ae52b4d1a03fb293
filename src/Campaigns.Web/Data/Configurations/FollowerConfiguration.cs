using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class FollowerConfiguration : IEntityTypeConfiguration<Follower>
{
    public void Configure(EntityTypeBuilder<Follower> builder)
    {
        builder.Property(f => f.Email).HasMaxLength(254);
        builder.Property(f => f.EmailNormalized).HasMaxLength(254);
        builder.Property(f => f.IpHash).HasMaxLength(64);
        builder.Property(f => f.Culture).HasMaxLength(16);
        builder.HasOne<Case>().WithMany().HasForeignKey(f => f.CaseId);
        builder.HasIndex(f => new { f.CaseId, f.EmailNormalized }).IsUnique();
        // A supporter's own page gathers one mailbox's follows across every case.
        builder.HasIndex(f => f.EmailNormalized);
    }
}
