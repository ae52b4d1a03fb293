using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class OfficialAnswerDocumentConfiguration : IEntityTypeConfiguration<OfficialAnswerDocument>
{
    public void Configure(EntityTypeBuilder<OfficialAnswerDocument> builder)
    {
        builder.HasKey(d => d.AnswerId);
        builder.Property(d => d.ContentType).HasMaxLength(50);
    }
}
