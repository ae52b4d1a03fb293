using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.Deliveries;

public static class DeliveriesRegistration
{
    public static IServiceCollection AddDeliveries(this IServiceCollection services)
    {
        services.AddScoped<DeliveryScheduler>();
        services.AddScoped<DeliveryEmails>();
        services.AddScoped<IOutboxHandler, DeliveryEmailHandler>();
        services.AddScoped<IOutboxHandler, LetterCopyHandler>();
        services.AddScoped<IOutboxOutcomeObserver, DeliveryLedger>();
        services.AddSingleton<LetterReceiptTokens>();
        services.AddScoped<ListDeliveries.Handler>();
        services.AddScoped<ReleaseLetter.Handler>();
        services.AddScoped<RecordPosting.Handler>();
        services.AddScoped<LetterReceipt>();
        return services;
    }
}
