namespace Campaigns.Web.Features.Retention;

/// <summary>The nightly forgetting: signer data of campaigns past retention, and organizer accounts never confirmed.</summary>
public class RetentionJob(SignerDataAnonymiser anonymiser, UnconfirmedAccountPurger accounts)
{
    public async Task<(int Campaigns, int Accounts)> RunAsync(CancellationToken ct) =>
        (await anonymiser.AnonymiseAsync(ct), await accounts.PurgeAsync(ct));
}
