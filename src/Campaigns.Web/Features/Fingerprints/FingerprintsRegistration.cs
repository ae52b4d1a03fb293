namespace Campaigns.Web.Features.Fingerprints;

public static class FingerprintsRegistration
{
    public static IServiceCollection AddFingerprints(this IServiceCollection services)
    {
        services.AddScoped<SupportFingerprinter>();
        services.AddScoped<FingerprintHistory>();
        services.AddScoped<ExportVerification>();
        return services;
    }
}
