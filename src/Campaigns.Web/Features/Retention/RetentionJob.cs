using Campaigns.Web.Features.Solidarity;

namespace Campaigns.Web.Features.Retention;

/// <summary>The nightly forgetting: signer data of campaigns past retention, organizer accounts never confirmed, and message writers' addresses.</summary>
public class RetentionJob(SignerDataAnonymiser anonymiser, UnconfirmedAccountPurger accounts, SolidarityMessagePurger messages)
{
    public async Task<(int Campaigns, int Accounts, int Messages)> RunAsync(CancellationToken ct) =>
        (await anonymiser.AnonymiseAsync(ct), await accounts.PurgeAsync(ct), await messages.PurgeAsync(ct));
}
