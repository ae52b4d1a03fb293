namespace Campaigns.Web.Features.Letters;

public static class LettersRegistration
{
    public static IServiceCollection AddLetters(this IServiceCollection services)
    {
        services.AddScoped<LetterQueries>();
        services.AddScoped<LetterSigning>();
        services.AddScoped<LetterAccess>();
        services.AddScoped<UpdateLetterSettings.Handler>();
        services.AddScoped<SignatoryGroupCommands>();
        services.AddScoped<ListedSignatoryCommands>();
        services.AddScoped<OrganisationApprovals>();
        services.AddScoped<SignatoryListing>();
        services.AddScoped<SignatoriesExport>();
        services.AddScoped<PrintableLetters>();
        services.AddScoped<LetterAdminPages>();
        return services;
    }
}
