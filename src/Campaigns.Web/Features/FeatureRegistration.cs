using Campaigns.Web.Email;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Answers;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Cases;
using Campaigns.Web.Features.Comments;
using Campaigns.Web.Features.Counting;
using Campaigns.Web.Features.Fingerprints;
using Campaigns.Web.Features.Following;
using Campaigns.Web.Features.Fraud;
using Campaigns.Web.Features.MySignatures;
using Campaigns.Web.Features.Letters;
using Campaigns.Web.Features.Deliveries;
using Campaigns.Web.Features.Members;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Features.Paper;
using Campaigns.Web.Features.Reports;
using Campaigns.Web.Features.Retention;
using Campaigns.Web.Features.Security;
using Campaigns.Web.Features.Series;
using Campaigns.Web.Features.Sharing;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Features.Solidarity;
using Campaigns.Web.Features.Targets;
using Campaigns.Web.Features.Tracking;
using Campaigns.Web.Features.Translations;
using Campaigns.Web.Jobs;
using Campaigns.Web.Outbox;
using FluentValidation;

namespace Campaigns.Web.Features;

public static class FeatureRegistration
{
    public static IServiceCollection AddCampaignsFeatures(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddEmail();
        services.AddSingleton<OutboxProcessor>();
        services.AddSingleton<SentMarkWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<SentMarkWriter>());
        services.AddScoped<CurrentOutboxBatch>();
        services.AddSingleton(new OwnJobKinds(new Dictionary<string, string>
        {
            [DeliveryMessages.Delivery] = JobsRegistration.LettersQueue,
            [FollowUpOutputs.FanOutKind] = JobsRegistration.DefaultQueue,
            [AnswerNews.FanOutKind] = JobsRegistration.DefaultQueue,
        }));
        services.AddSingleton<OutboxJobs>();
        services.AddScoped<OutboxJob>();
        services.AddScoped<OutboxClaimer>();
        services.AddScoped<OutboxLeases>();
        services.AddScoped<IOutboxHandler, ConfirmationEmailHandler>();
        services.AddScoped<IOutboxHandler, AlreadySignedEmailHandler>();

        services.AddSingleton<CampaignDirectory>();
        services.AddScoped<CampaignQueries>();
        services.AddScoped<Home.HomeQueries>();
        services.AddScoped<SignatureCounter>();
        services.AddScoped<CountReconciler>();

        services.AddSigning();
        services.AddScoped<SignerDataPurger>();
        services.AddScoped<Admin.OutboxAdmin>();
        services.AddScoped<OrganisationAccess>();
        services.AddScoped<CampaignAccess>();
        services.AddScoped<Audit.AuditTrail>();
        services.AddScoped<Audit.AuditLog>();
        services.AddScoped<CampaignLinks>();
        services.AddScoped<CreateCampaign.Handler>();
        services.AddScoped<UpdateCampaign.Handler>();
        services.AddScoped<GetCampaign.Handler>();
        services.AddScoped<PublishCampaign.Handler>();
        services.AddScoped<CloseCampaign.Handler>();
        services.AddScoped<ListMyCampaigns.Handler>();
        services.AddScoped<ListSignatures.Handler>();
        services.AddScoped<ExportSignatures.Handler>();
        services.AddScoped<OrganizerPages>();
        services.AddAccounts();
        services.AddSecurity();
        services.AddCases();
        services.AddTargets();
        services.AddSeries();
        services.AddFollowing();
        services.AddMySignatures();
        services.AddTracking();
        services.AddLetters();
        services.AddDeliveries();
        services.AddSharing();
        services.AddScoped<Posters.PosterQueries>();
        services.AddTranslations();
        services.AddRetention();
        services.AddComments();
        services.AddReports();
        services.AddMembers();
        services.AddFraud();
        services.AddSolidarity();
        services.AddPaper();
        services.AddAnswers();
        services.AddFingerprints();
        return services;
    }
}
