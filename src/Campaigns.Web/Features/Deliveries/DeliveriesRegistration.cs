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
        services.AddSingleton<ListDeliveries.Validator>();
        services.AddScoped<ListDeliveries.Handler>();
        services.AddScoped<ReleaseLetter.Handler>();
        services.AddSingleton<RecordPosting.Validator>();
        services.AddScoped<RecordPosting.Handler>();
        services.AddScoped<LetterReceipt>();
        return services;
    }
}
