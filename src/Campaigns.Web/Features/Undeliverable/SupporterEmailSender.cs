using Campaigns.Web.Email;
using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.Undeliverable;

/// <summary>
/// Sends to a supporter's or follower's address: nothing goes to one that refused our mail for good, and a refusal
/// for good marks it. Organizers' account mail and letters to officials do not come through here.
/// </summary>
public class SupporterEmailSender(IEmailSender sender, UndeliverableAddresses undeliverable)
{
    public const string SkipReason = "The address refused earlier mail for good; nothing more is sent to it.";

    public Task<string> SendAsync(EmailMessage message, CancellationToken ct) => SendAsync(message, refusedEarlier: null, ct);

    /// <param name="refusedEarlier">Whether the address is marked, when the caller read that with the rest of its data.</param>
    public async Task<string> SendAsync(EmailMessage message, bool? refusedEarlier, CancellationToken ct)
    {
        if (refusedEarlier ?? await undeliverable.IsMarkedAsync(message.ToAddress, ct))
        {
            throw new OutboxSkippedException(SkipReason);
        }
        try
        {
            return await sender.SendAsync(message, ct);
        }
        catch (EmailDeliveryException ex) when (ex.RefusedRecipient is not null)
        {
            await undeliverable.MarkAsync(message.ToAddress, ex.Message, CancellationToken.None);
            throw;
        }
    }
}
