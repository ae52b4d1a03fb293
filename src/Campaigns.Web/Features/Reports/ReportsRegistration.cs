namespace Campaigns.Web.Features.Reports;

public static class ReportsRegistration
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ReportAbuse.Handler>();
        services.AddScoped<AdminReports>();
        return services;
    }
}
