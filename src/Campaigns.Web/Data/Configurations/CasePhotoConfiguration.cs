using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class CasePhotoConfiguration : IEntityTypeConfiguration<CasePhoto>
{
    public void Configure(EntityTypeBuilder<CasePhoto> builder)
    {
        builder.HasKey(p => p.CaseId);
        builder.Property(p => p.ContentType).HasMaxLength(50);
        builder.HasOne<Case>().WithOne().HasForeignKey<CasePhoto>(p => p.CaseId);
    }
}
