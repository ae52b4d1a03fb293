using Campaigns.Web.Features.Cases;
using Campaigns.Web.Features.Milestones;
using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.Following;

public static class FollowingRegistration
{
    public static IServiceCollection AddFollowing(this IServiceCollection services)
    {
        services.AddSingleton<FollowerTokens>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddScoped<UnsubscribeLinks>();
        services.AddScoped<FollowerMail>();
        services.AddScoped<FollowCase.Handler>();
        services.AddScoped<ConfirmFollower.Handler>();
        services.AddScoped<Unsubscribe.Handler>();
        services.AddScoped<IOutboxHandler, FollowerConfirmationEmailHandler>();
        services.AddScoped<IOutboxHandler, CaseUpdateEmailHandler>();
        services.AddScoped<IOutboxHandler, MilestoneEmailHandler>();
        services.AddScoped<ICaseUpdateListener, FollowersHearOfCaseUpdates>();
        return services;
    }
}
