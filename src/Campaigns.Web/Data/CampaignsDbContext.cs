using Campaigns.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Data;

/// <summary>
/// The app's data. The app runs one of the provider subclasses (<see cref="PostgresCampaignsDbContext"/>,
/// <see cref="SqliteCampaignsDbContext"/>), each carrying its own migrations; this type serves code that only reads and writes.
/// </summary>
public class CampaignsDbContext : IdentityDbContext<User>, IDataProtectionKeyContext
{
    public CampaignsDbContext(DbContextOptions<CampaignsDbContext> options) : base(options)
    {
    }

    protected CampaignsDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationMember> OrganisationMembers => Set<OrganisationMember>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<CampaignTarget> CampaignTargets => Set<CampaignTarget>();
    public DbSet<CampaignCase> CampaignCases => Set<CampaignCase>();
    public DbSet<Signature> Signatures => Set<Signature>();
    public DbSet<CountDelta> CountDeltas => Set<CountDelta>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<SignatoryGroup> SignatoryGroups => Set<SignatoryGroup>();
    public DbSet<ListedSignatory> ListedSignatories => Set<ListedSignatory>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<DeliveryItem> DeliveryItems => Set<DeliveryItem>();
    public DbSet<CasePhoto> CasePhotos => Set<CasePhoto>();
    public DbSet<CaseAdvocate> CaseAdvocates => Set<CaseAdvocate>();
    public DbSet<CaseUpdate> CaseUpdates => Set<CaseUpdate>();
    public DbSet<ActionSeries> ActionSeries => Set<ActionSeries>();
    public DbSet<Follower> Followers => Set<Follower>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<CampaignTranslation> CampaignTranslations => Set<CampaignTranslation>();
    public DbSet<CaseTranslation> CaseTranslations => Set<CaseTranslation>();
    public DbSet<CaseUpdateTranslation> CaseUpdateTranslations => Set<CaseUpdateTranslation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<UndeliverableAddress> UndeliverableAddresses => Set<UndeliverableAddress>();
    public DbSet<AbuseReport> AbuseReports => Set<AbuseReport>();
    public DbSet<OrganisationInvitation> OrganisationInvitations => Set<OrganisationInvitation>();
    public DbSet<SignatureInvalidation> SignatureInvalidations => Set<SignatureInvalidation>();
    public DbSet<EmailDomainRule> EmailDomainRules => Set<EmailDomainRule>();
    public DbSet<SigningRateAlert> SigningRateAlerts => Set<SigningRateAlert>();
    public DbSet<SolidarityMessage> SolidarityMessages => Set<SolidarityMessage>();
    public DbSet<PaperBatch> PaperBatches => Set<PaperBatch>();
    public DbSet<PaperScan> PaperScans => Set<PaperScan>();
    public DbSet<OfficialAnswer> OfficialAnswers => Set<OfficialAnswer>();
    public DbSet<OfficialAnswerDocument> OfficialAnswerDocuments => Set<OfficialAnswerDocument>();
    public DbSet<SupportFingerprint> SupportFingerprints => Set<SupportFingerprint>();
    public DbSet<WithdrawnRecord> WithdrawnRecords => Set<WithdrawnRecord>();

    /// <summary>Each provider's context answers this itself: hot paths ask it, and reading the provider's name resolves EF Core services each time.</summary>
    public virtual bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CampaignsDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
