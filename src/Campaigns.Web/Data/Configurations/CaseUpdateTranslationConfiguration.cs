using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class CaseUpdateTranslationConfiguration : IEntityTypeConfiguration<CaseUpdateTranslation>
{
    public void Configure(EntityTypeBuilder<CaseUpdateTranslation> builder)
    {
        builder.Property(t => t.Language).HasMaxLength(ContentLanguages.MaxLength);
        builder.Property(t => t.Summary).HasMaxLength(4000);
        builder.HasIndex(t => new { t.CaseUpdateId, t.Language }).IsUnique();
        builder.HasOne<CaseUpdate>().WithMany().HasForeignKey(t => t.CaseUpdateId).OnDelete(DeleteBehavior.Cascade);
    }
}
