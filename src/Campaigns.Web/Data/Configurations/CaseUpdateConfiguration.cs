using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class CaseUpdateConfiguration : IEntityTypeConfiguration<CaseUpdate>
{
    public void Configure(EntityTypeBuilder<CaseUpdate> builder)
    {
        builder.Property(u => u.Summary).HasMaxLength(4000);
        builder.Property(u => u.SourceName).HasMaxLength(200);
        builder.Property(u => u.SourceUrl).HasMaxLength(2000);
        builder.Property(u => u.DatePrecision).HasDefaultValue(DatePrecision.Day);
        builder.HasIndex(u => new { u.CaseId, u.Date });
    }
}
