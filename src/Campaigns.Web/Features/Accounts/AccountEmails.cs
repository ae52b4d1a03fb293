using Campaigns.Web.Data;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.Accounts;

public static class AccountEmails
{
    public const string Confirmation = "account-confirmation";
    public const string RegistrationAttempt = "account-registration-attempt";
    public const string PasswordReset = "account-password-reset";

    /// <summary>The account, and the language of the request that asked for the message (null: English).</summary>
    public sealed record Payload(string UserId, string? Culture = null)
    {
        public static Payload ForCurrentRequest(string userId) => new(userId, SupportedCultures.Current);
    }

    public static string ConfirmationKey(string userId) => $"{Confirmation}:{userId}";

    /// <summary>
    /// Queues a repeat message (a re-sent confirmation, a warning to the mailbox owner) at most once per
    /// ten minutes per account, so the form cannot be used to flood someone's inbox.
    /// </summary>
    public static Task EnqueueRepeatAsync(CampaignsDbContext db, string kind, string userId, DateTime now, CancellationToken ct) =>
        db.EnqueueOnceAsync(kind, $"{kind}:{userId}:{now:yyyyMMddHH}{now.Minute / 10}", Payload.ForCurrentRequest(userId), now, ct);
}
