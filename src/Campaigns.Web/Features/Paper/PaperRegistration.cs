namespace Campaigns.Web.Features.Paper;

public static class PaperRegistration
{
    public static IServiceCollection AddPaper(this IServiceCollection services)
    {
        services.AddOptions<PaperOptions>().BindConfiguration(PaperOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ScanProcessor>();
        services.AddScoped<PaperBatchQueries>();
        services.AddScoped<PaperBatchCommands>();
        services.AddScoped<SignatureSheets>();
        return services;
    }
}
