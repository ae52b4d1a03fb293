using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.Answers;

public static class AnswersRegistration
{
    public static IServiceCollection AddAnswers(this IServiceCollection services)
    {
        services.AddOptions<AnswersOptions>().BindConfiguration(AnswersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<AnswerBoard>();
        services.AddScoped<AnswerAccess>();
        services.AddScoped<AnswerDocuments>();
        services.AddScoped<AnswerDocumentFile>();
        services.AddScoped<OrganizerAnswers>();
        services.AddScoped<RecordAnswer>();
        services.AddScoped<AttachAnswerDocument>();
        services.AddScoped<WithdrawAnswer>();
        services.AddScoped<SetAnswerWait>();
        services.AddScoped<IOutboxHandler, AnswerEmailHandler>();
        services.AddScoped<IOutboxHandler, AnswerFanOutHandler>();
        return services;
    }
}
