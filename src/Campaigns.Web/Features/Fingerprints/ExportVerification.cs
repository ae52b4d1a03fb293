using Campaigns.Fingerprints;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Fingerprints;

/// <summary>Checks an export someone holds against the fingerprints this site published for the campaign.</summary>
public class ExportVerification(FingerprintHistory history, IStringLocalizer<SharedResource> l)
{
    public sealed record Outcome(Verification? Result, string? Field, string? Error);

    public async Task<Outcome> CheckAsync(string slug, TextReader export, CancellationToken ct)
    {
        if (await history.ForAsync(slug, ct) is not { } published)
        {
            return new Outcome(null, nameof(VerifyForm.Campaign), l["There is no campaign '{0}'.", slug]);
        }
        var reading = await ExportReader.ReadAsync(export, ct);
        return reading.Problem switch
        {
            ExportProblem.None => new Outcome(FingerprintVerifier.Verify(reading.Records, published), null, null),
            ExportProblem.Malformed => new Outcome(null, nameof(VerifyForm.File), l["Row {0}: the quotes in this row do not match; a value with commas or line breaks must be enclosed in double quotes.", reading.Row]),
            ExportProblem.BadSignatureId => new Outcome(null, nameof(VerifyForm.File), l["Row {0}: the signature id is not valid.", reading.Row]),
            ExportProblem.BadConfirmationTime => new Outcome(null, nameof(VerifyForm.File), l["Row {0}: the confirmation time is not valid.", reading.Row]),
            _ => new Outcome(null, nameof(VerifyForm.File), l["This is not a signature export of this site: it needs the columns signature_id and confirmed_at."]),
        };
    }
}
