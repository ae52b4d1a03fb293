using Campaigns.Web.Features.Cases.Photos;

namespace Campaigns.Web.Features.Cases;

public static class CasesRegistration
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddOptions<CaseOptions>().BindConfiguration(CaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<CreateCase.Handler>();
        services.AddScoped<UpdateCase.Handler>();
        services.AddScoped<GetMyCase.Handler>();
        services.AddScoped<ListMyCases.Handler>();
        services.AddScoped<ManageAdvocates>();
        services.AddScoped<CaseTimeline>();
        services.AddSingleton<PhotoProcessor>();
        services.AddScoped<CasePhotos>();
        services.AddScoped<CaseThumbnails>();
        services.AddScoped<CaseOrganizerPages>();
        return services;
    }
}
