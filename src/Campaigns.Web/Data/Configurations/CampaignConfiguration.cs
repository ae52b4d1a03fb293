using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaigns.Web.Data.Configurations;

public class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(1000);
        builder.Property(c => c.Body).HasMaxLength(50_000);
        builder.Property(c => c.Language).HasMaxLength(ContentLanguages.MaxLength).HasDefaultValue(ContentLanguages.English);
        builder.Property(c => c.StartedBy).HasMaxLength(200);
        builder.Property(c => c.ClosingMessage).HasMaxLength(2000);
        builder.Property(c => c.OrganisationCount).HasDefaultValue(0);
        builder.Property(c => c.ListedCount).HasDefaultValue(0);
        builder.Property(c => c.PaperCount).HasDefaultValue(0);
        builder.Property(c => c.LetterSubject).HasMaxLength(200);
        builder.Property(c => c.EditableText).HasMaxLength(10_000);
        builder.Property(c => c.ReplyToSupporter).HasDefaultValue(false);
        builder.Property(c => c.AddressedTo).HasMaxLength(500);
        builder.Property(c => c.ContactName).HasMaxLength(200);
        builder.Property(c => c.ContactOrganisation).HasMaxLength(200);
        builder.Property(c => c.ContactEmail).HasMaxLength(254);
        builder.Property(c => c.SignatoryOrder).HasDefaultValue(SignatoryOrder.AsArranged);
        builder.Property(c => c.CommentPolicy).HasDefaultValue(CommentPolicy.AfterApproval);
        builder.Property(c => c.AnswerWaitDays).HasDefaultValue(Campaign.DefaultAnswerWaitDays);
        builder.Property(c => c.Reference).HasMaxLength(50);
        builder.Property(c => c.FinalOutput).HasDefaultValue(false);
        // Restrict: the app never deletes a series, and deleting one its outputs still name should be a decision.
        builder.HasOne<ActionSeries>().WithMany().HasForeignKey(c => c.SeriesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SeriesId, c.OutputNumber }).IsUnique();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => new { c.Status, c.PublishedAt });
        builder.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Targets).WithOne().HasForeignKey(t => t.CampaignId);
        builder.HasMany(c => c.Cases).WithOne().HasForeignKey(c => c.CampaignId);
    }
}
