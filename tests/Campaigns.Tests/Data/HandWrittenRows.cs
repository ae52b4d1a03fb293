using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace Campaigns.Tests.Data;

/// <summary>Rows as the app of the hand-written migrations stored them, with only the columns it required.</summary>
public static class HandWrittenRows
{
    public static readonly DateTime Before = new(2026, 11, 25, 9, 30, 0, DateTimeKind.Utc);

    public static async Task<Guid> AddOrganisationAsync(this HandWrittenDatabase db)
    {
        var id = Guid.CreateVersion7();
        await db.InsertAsync("Organisations", new { Id = id, Name = "Families for Release", Slug = $"families-{id:N}", CreatedAt = Before });
        return id;
    }

    public static async Task<Guid> AddCampaignAsync(this HandWrittenDatabase db, Guid organisationId, string slug,
        Guid? seriesId = null, int? outputNumber = null, bool finalOutput = false, DateTime? createdAt = null)
    {
        var id = Guid.CreateVersion7();
        await db.InsertAsync("Campaigns", new
        {
            Id = id, OrganisationId = organisationId, Slug = slug, Kind = CampaignKind.Petition, Status = CampaignStatus.Published,
            Title = $"Free them now ({slug})", Summary = "Released from detention.", Body = "We ask for their release.",
            CreatedAt = createdAt ?? Before, PublishedAt = createdAt ?? Before, SignatureCount = 1, OfflineCount = 0,
            Reference = seriesId is null ? null : "UA 44/22", SeriesId = seriesId, OutputNumber = outputNumber, FinalOutput = finalOutput,
        });
        return id;
    }

    public static async Task<Guid> AddSeriesAsync(this HandWrittenDatabase db, Guid organisationId)
    {
        var id = Guid.CreateVersion7();
        await db.InsertAsync("ActionSeries", new { Id = id, OrganisationId = organisationId, Reference = "UA 44/22", Title = "Two people detained", CreatedAt = Before });
        return id;
    }

    public static async Task<Guid> AddCaseAsync(this HandWrittenDatabase db, Guid organisationId)
    {
        var id = Guid.CreateVersion7();
        await db.InsertAsync("Cases", new { Id = id, OrganisationId = organisationId, Slug = $"case-{id:N}", Name = "Huang Xueqin", Status = CaseStatus.Detained, CreatedAt = Before });
        return id;
    }

    /// <summary>A target of the campaign, addressed about <paramref name="onBehalfOfCaseId"/>.</summary>
    public static async Task<Guid> AddTargetAsync(this HandWrittenDatabase db, Guid organisationId, Guid campaignId, Guid? onBehalfOfCaseId)
    {
        var id = Guid.CreateVersion7();
        await db.InsertAsync("Targets", new { Id = id, OrganisationId = organisationId, Name = "The Ambassador", Email = "ambassador@example.org", CreatedAt = Before });
        await db.InsertAsync("CampaignTargets", new { CampaignId = campaignId, TargetId = id, Position = 0, OnBehalfOfCaseId = onBehalfOfCaseId });
        return id;
    }

    public static async Task<Guid> AddSignatureAsync(this HandWrittenDatabase db, Guid campaignId, string email, DateTime? confirmedAt)
    {
        var id = Guid.CreateVersion7();
        await db.InsertAsync("Signatures", new
        {
            Id = id, CampaignId = campaignId, Name = "Ada Supporter", Email = email, EmailNormalized = email.ToUpperInvariant(),
            Kind = SignerKind.Individual, Country = "GB", NameDisplay = NameDisplay.Full, EmailUpdates = false,
            CreatedAt = Before, ConfirmedAt = confirmedAt,
        });
        return id;
    }

    /// <summary>A confirmed account that signs in with <paramref name="password"/>.</summary>
    public static async Task AddUserAsync(this HandWrittenDatabase db, string email, string password)
    {
        var user = new User { Id = Guid.NewGuid().ToString(), UserName = email, Email = email, DisplayName = "Organizer Before" };
        await db.InsertAsync("AspNetUsers", new
        {
            user.Id, user.DisplayName, CreatedAt = Before, user.UserName, NormalizedUserName = email.ToUpperInvariant(),
            user.Email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
            PasswordHash = new PasswordHasher<User>().HashPassword(user, password), SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(), PhoneNumberConfirmed = false, TwoFactorEnabled = false,
            LockoutEnabled = true, AccessFailedCount = 0,
        });
    }
}
