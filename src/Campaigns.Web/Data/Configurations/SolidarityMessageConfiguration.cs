using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class SolidarityMessageConfiguration : IEntityTypeConfiguration<SolidarityMessage>
{
    public void Configure(EntityTypeBuilder<SolidarityMessage> builder)
    {
        builder.Property(m => m.Text).HasMaxLength(SolidarityMessageLimits.Text);
        builder.Property(m => m.FirstName).HasMaxLength(SolidarityMessageLimits.FirstName);
        builder.Property(m => m.Country).HasMaxLength(2);
        builder.Property(m => m.Email).HasMaxLength(254);
        builder.Property(m => m.IpHash).HasMaxLength(64);
        builder.Property(m => m.Culture).HasMaxLength(16);
        builder.HasOne<Case>().WithMany().HasForeignKey(m => m.CaseId);
        // The case page lists a case's approved messages newest first; the organizers' page and the counts filter by review.
        builder.HasIndex(m => new { m.CaseId, m.Review, m.ConfirmedAt });
        builder.HasIndex(m => m.CreatedAt);
    }
}
