using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class OrganisationInvitationConfiguration : IEntityTypeConfiguration<OrganisationInvitation>
{
    public void Configure(EntityTypeBuilder<OrganisationInvitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.NormalizedEmail).HasMaxLength(254);
        builder.Property(i => i.InvitedByUserId).HasMaxLength(450);
        builder.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.OrganisationId, i.NormalizedEmail }).IsUnique();
        builder.HasIndex(i => i.NormalizedEmail);
    }
}
