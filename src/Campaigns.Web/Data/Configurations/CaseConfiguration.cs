using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.NativeName).HasMaxLength(200);
        builder.Property(c => c.Honorific).HasMaxLength(50);
        builder.Property(c => c.Country).HasMaxLength(2);
        builder.Property(c => c.Charges).HasMaxLength(2000);
        builder.Property(c => c.Sentence).HasMaxLength(500);
        builder.Property(c => c.PlaceOfDetention).HasMaxLength(500);
        builder.Property(c => c.Biography).HasMaxLength(50_000);
        builder.Property(c => c.Language).HasMaxLength(ContentLanguages.MaxLength).HasDefaultValue(ContentLanguages.English);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => c.Name);
        builder.HasIndex(c => c.NativeName);
        builder.HasMany(c => c.Advocates).WithOne().HasForeignKey(a => a.CaseId);
        builder.HasMany(c => c.Updates).WithOne().HasForeignKey(u => u.CaseId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId);
    }
}
