using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class CaseTranslationConfiguration : IEntityTypeConfiguration<CaseTranslation>
{
    public void Configure(EntityTypeBuilder<CaseTranslation> builder)
    {
        builder.Property(t => t.Language).HasMaxLength(ContentLanguages.MaxLength);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Charges).HasMaxLength(2000);
        builder.Property(t => t.Sentence).HasMaxLength(500);
        builder.Property(t => t.PlaceOfDetention).HasMaxLength(500);
        builder.Property(t => t.Biography).HasMaxLength(50_000);
        builder.HasIndex(t => new { t.CaseId, t.Language }).IsUnique();
        builder.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
