using Campaigns.Web.Outbox;
using Microsoft.AspNetCore.Identity;

namespace Campaigns.Web.Features.Accounts;

public static class AccountsRegistration
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section);
        // Addresses are checked by the validators; Identity's default list would refuse valid ones such as o'neill@example.org.
        services.Configure<IdentityOptions>(o => o.User.AllowedUserNameCharacters = "");
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(24));

        services.AddScoped<IOutboxHandler, AccountConfirmationEmailHandler>();
        services.AddScoped<IOutboxHandler, RegistrationAttemptEmailHandler>();
        services.AddScoped<IOutboxHandler, PasswordResetEmailHandler>();
        services.AddScoped<AdminBootstrap>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<RegisterAccount.Handler>();
        services.AddScoped<ConfirmAccountEmail.Handler>();
        services.AddScoped<ResendConfirmation.Handler>();
        services.AddScoped<ForgotPassword.Handler>();
        services.AddScoped<ResetPassword.Handler>();
        return services;
    }
}
