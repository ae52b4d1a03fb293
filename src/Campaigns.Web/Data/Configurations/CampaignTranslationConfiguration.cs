using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class CampaignTranslationConfiguration : IEntityTypeConfiguration<CampaignTranslation>
{
    public void Configure(EntityTypeBuilder<CampaignTranslation> builder)
    {
        builder.Property(t => t.Language).HasMaxLength(ContentLanguages.MaxLength);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Summary).HasMaxLength(1000);
        builder.Property(t => t.Body).HasMaxLength(50_000);
        builder.Property(t => t.ClosingMessage).HasMaxLength(2000);
        builder.Property(t => t.LetterSubject).HasMaxLength(200);
        builder.Property(t => t.EditableText).HasMaxLength(10_000);
        builder.Property(t => t.AddressedTo).HasMaxLength(500);
        builder.HasIndex(t => new { t.CampaignId, t.Language }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
