using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class CaseAdvocateConfiguration : IEntityTypeConfiguration<CaseAdvocate>
{
    public void Configure(EntityTypeBuilder<CaseAdvocate> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Affiliation).HasMaxLength(200);
        builder.Property(a => a.Url).HasMaxLength(2000);
        builder.HasIndex(a => new { a.CaseId, a.Position });
    }
}
