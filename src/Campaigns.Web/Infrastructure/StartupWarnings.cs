using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Infrastructure;

public static class StartupWarnings
{
    /// <summary>Says so loudly when a production instance runs with settings only fit for a laptop.</summary>
    public static void WarnAboutUnsafeSettings(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return;
        }
        var options = app.Services.GetRequiredService<IOptions<CampaignsOptions>>().Value;
        if (app.Services.GetRequiredService<IOptions<Email.MailOptions>>().Value.PickupDirectory is { } folder)
        {
            app.Logger.LogWarning("Mail:PickupDirectory is set, so mail is written to {Folder} and not sent to anyone.", folder);
        }
        if (options.IpHashSalt == CampaignsOptions.PlaceholderSalt)
        {
            app.Logger.LogWarning("Campaigns:IpHashSalt is the placeholder value; set a long random secret so signers' address hashes cannot be reversed.");
        }
        if (app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlEncryptor is null)
        {
            app.Logger.LogWarning("DataProtection:CertificatePath is not set, so the keys that seal cookies and tokens are stored unencrypted in the database.");
        }
    }
}
