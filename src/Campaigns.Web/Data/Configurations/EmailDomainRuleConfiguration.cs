using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class EmailDomainRuleConfiguration : IEntityTypeConfiguration<EmailDomainRule>
{
    public void Configure(EntityTypeBuilder<EmailDomainRule> builder)
    {
        builder.HasKey(r => r.Domain);
        builder.Property(r => r.Domain).HasMaxLength(253);
        builder.Property(r => r.AddedBy).HasMaxLength(256);
    }
}
