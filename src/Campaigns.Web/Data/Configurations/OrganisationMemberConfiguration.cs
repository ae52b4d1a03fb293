using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class OrganisationMemberConfiguration : IEntityTypeConfiguration<OrganisationMember>
{
    public void Configure(EntityTypeBuilder<OrganisationMember> builder)
    {
        builder.HasKey(m => new { m.OrganisationId, m.UserId });
        builder.HasOne(m => m.Organisation).WithMany(o => o.Members).HasForeignKey(m => m.OrganisationId);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId);
        builder.Property(m => m.Role).HasDefaultValue(MemberRole.Owner);
        builder.HasIndex(m => m.UserId);
    }
}
