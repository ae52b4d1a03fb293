using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.Members;

public static class MembersRegistration
{
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddOptions<MemberOptions>().BindConfiguration(MemberOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InvitationEmails>();
        services.AddScoped<IOutboxHandler, InvitationEmailHandler>();
        services.AddScoped<MemberAccess>();
        services.AddScoped<Membership>();
        services.AddScoped<ListMembers.Handler>();
        services.AddScoped<InviteMember>();
        services.AddScoped<CancelInvitation>();
        services.AddScoped<ChangeMemberRole>();
        services.AddScoped<RemoveMember>();
        services.AddScoped<AcceptInvitation>();
        return services;
    }
}
