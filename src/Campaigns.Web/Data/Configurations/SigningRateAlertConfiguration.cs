using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class SigningRateAlertConfiguration : IEntityTypeConfiguration<SigningRateAlert>
{
    public void Configure(EntityTypeBuilder<SigningRateAlert> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.CampaignId, a.SentAt });
    }
}
