using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class SignatureConfiguration : IEntityTypeConfiguration<Signature>
{
    public void Configure(EntityTypeBuilder<Signature> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.EmailNormalized).HasMaxLength(254);
        builder.Property(s => s.Country).HasMaxLength(2);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.Property(s => s.Comment).HasMaxLength(1000);
        builder.Property(s => s.IpHash).HasMaxLength(64);
        builder.Property(s => s.Kind).HasDefaultValue(SignerKind.Individual);
        builder.Property(s => s.CommentReview).HasDefaultValue(CommentReview.Pending);
        builder.Property(s => s.OrganisationName).HasMaxLength(200);
        builder.Property(s => s.OrganisationDomain).HasMaxLength(253);
        builder.Property(s => s.SignerRole).HasMaxLength(200);
        builder.Property(s => s.PersonalText).HasMaxLength(10_000);
        builder.Property(s => s.Culture).HasMaxLength(16);
        builder.HasOne(s => s.Campaign).WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
        // One signature per person per campaign; the database decides races between concurrent requests.
        builder.HasIndex(s => new { s.CampaignId, s.EmailNormalized }).IsUnique();
        builder.HasIndex(s => new { s.CampaignId, s.ConfirmedAt });
        builder.HasIndex(s => s.CreatedAt);
        // A supporter's own page gathers one mailbox's signatures across every campaign.
        builder.HasIndex(s => s.EmailNormalized);
        builder.HasOne<SignatureInvalidation>().WithMany().HasForeignKey(s => s.InvalidationId).OnDelete(DeleteBehavior.SetNull);
    }
}
