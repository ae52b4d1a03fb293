using Microsoft.Extensions.Options;

namespace Campaigns.Web.Email;

public static class EmailRegistration
{
    /// <summary>Mail goes to the pickup folder when one is configured, through the SMTP relay otherwise.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddSingleton<MimeComposer>();
        services.AddSingleton<DkimSigning>();
        services.AddSingleton<SmtpConnectionPool>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<PickupFolderSender>();
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory is null
            ? sp.GetRequiredService<SmtpEmailSender>()
            : sp.GetRequiredService<PickupFolderSender>());
        return services;
    }
}
