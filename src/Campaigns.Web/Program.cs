using Campaigns.Web.Features.Fraud;
using Campaigns.Web.Data;
using Campaigns.Web.Features;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Answers;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Cases;
using Campaigns.Web.Features.Deliveries;
using Campaigns.Web.Features.Errors;
using Campaigns.Web.Features.Fingerprints;
using Campaigns.Web.Features.Following;
using Campaigns.Web.Features.MySignatures;
using Campaigns.Web.Features.Letters;
using Campaigns.Web.Features.Members;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Features.Paper;
using Campaigns.Web.Features.Reports;
using Campaigns.Web.Features.Series;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Features.Solidarity;
using Campaigns.Web.Features.Targets;
using Campaigns.Web.Features.Tracking;
using Campaigns.Web.Features.Translations;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Infrastructure.Telemetry;
using Campaigns.Web.Jobs;
using Campaigns.Web.Resources;
using Campaigns.Web.Seeding;
using Microsoft.Extensions.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddCampaignsOptions(builder.Environment)
    .AddCampaignsData(builder.Configuration, builder.Environment)
    .AddCampaignsIdentity()
    .AddCampaignsLocalization()
    .AddCampaignsWeb()
    .AddCampaignsDataProtection(builder.Configuration, builder.Environment)
    .AddCampaignsRateLimiting(builder.Configuration)
    .AddTrustedProxies(builder.Configuration)
    .AddCampaignsJobs(builder.Configuration)
    .AddCampaignsFeatures();
builder.AddCampaignsTelemetry();

var app = builder.Build();
ValidationLanguage.Use(app.Services.GetRequiredService<IStringLocalizer<SharedResource>>());

app.WarnAboutUnsafeSettings();
await app.Services.MigrateDatabaseAsync();
await app.Services.SeedDemoDataAsync();

app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseErrorPages();
app.UseDatabaseFaultHandling();
app.UseSecurityHeaders();
app.UseRouting();
// Only the open counts, badges and embeds use the output cache, and none of them depends on who asks: a cached answer
// goes out before language, sign-in and rate limits are worked out (the asker's language is in its key). Nothing that
// needs authorization may ever use the cache.
app.UseOutputCache();
app.UseStaticFiles();
app.UseCampaignsLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

var api = app.MapGroup("/api");
api.MapCampaignsApi();
api.MapSigningApi();
api.MapFraudApi();
api.MapAccountApi();
api.MapOrganizerApi();
api.MapCasesApi();
api.MapCaseOrganizerApi();
api.MapTargetsApi();
api.MapSeriesApi();
api.MapFollowingApi();
api.MapMySignaturesApi();
api.MapTrackingApi();
api.MapLettersApi();
api.MapDeliveriesApi();
api.MapTranslationsApi();
api.MapAuditApi();
api.MapReportsApi();
api.MapMembersApi();
api.MapSolidarityApi();
api.MapSolidarityOrganizerApi();
api.MapPaperApi();
api.MapAnswersApi();
api.MapFingerprintsApi();
app.MapOpenApi("/api/openapi.json");
app.MapApiReference();
app.MapCampaignsHealthChecks();
app.MapJobsDashboard();
app.MapCampaignsMetrics();
app.MapControllers();

app.Run();

public partial class Program;
