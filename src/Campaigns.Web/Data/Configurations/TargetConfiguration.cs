using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Affiliation).HasMaxLength(200);
        builder.Property(t => t.Country).HasMaxLength(2);
        builder.Property(t => t.Email).HasMaxLength(254);
        builder.Property(t => t.PostalAddress).HasMaxLength(1000);
        builder.Property(t => t.Salutation).HasMaxLength(200);
        builder.Property(t => t.Language).HasMaxLength(16);
        builder.Property(t => t.TimeZone).HasMaxLength(64);
        builder.Property(t => t.Notes).HasMaxLength(2000);
        builder.Property(t => t.Channel).HasDefaultValue(DeliveryChannel.Email);
        builder.Property(t => t.Mode).HasDefaultValue(DeliveryMode.Individual);
        builder.Property(t => t.DigestDaily).HasDefaultValue(false);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId);
        builder.HasIndex(t => new { t.OrganisationId, t.Name });
    }
}
