using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.Solidarity;

public static class SolidarityRegistration
{
    public static IServiceCollection AddSolidarity(this IServiceCollection services)
    {
        services.AddSingleton<MessageTokens>();
        services.AddScoped<WriteMessage.Handler>();
        services.AddScoped<ConfirmMessage.Handler>();
        services.AddScoped<PublicMessages>();
        services.AddScoped<MessageCounts>();
        services.AddScoped<MessageModeration>();
        services.AddScoped<PrintBundle>();
        services.AddScoped<SolidarityMessagePurger>();
        services.AddScoped<IOutboxHandler, MessageConfirmationEmailHandler>();
        return services;
    }
}
