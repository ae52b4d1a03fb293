using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.MySignatures;

public static class MySignaturesRegistration
{
    public static IServiceCollection AddMySignatures(this IServiceCollection services)
    {
        services.AddOptions<MySignaturesOptions>().BindConfiguration(MySignaturesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MailboxTokens>();
        services.AddSingleton<MySignaturesLinks>();
        services.AddScoped<RequestLink.Handler>();
        services.AddScoped<MailboxQuery>();
        services.AddScoped<MailboxActions>();
        services.AddScoped<IOutboxHandler, MailboxLinkEmailHandler>();
        return services;
    }
}
