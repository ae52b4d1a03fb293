using System.Globalization;
using Campaigns.Fingerprints;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure;

namespace Campaigns.Web.Features.Organizer;

/// <summary>
/// Writes signatures as CSV straight to the response. Every text cell is neutralised, because signers choose
/// their own names and comments and the organizer will open the file in a spreadsheet. The signature's id and its
/// confirmation time are what the published fingerprints are made of, so the file can be checked against them.
/// </summary>
public sealed class SignatureCsvResult(ExportSignatures.Export export) : CsvDownload<SignatureRow>(export.FileName, export.Rows)
{
    protected override string[] Columns { get; } =
        ["name", "email", "country", "city", "comment", "public_name", "email_updates", "signed_at", "confirmed_at", ExportReader.IdColumn];

    protected override string[] Cells(SignatureRow row) =>
    [
        SpreadsheetFormula.Neutralize(row.Name),
        SpreadsheetFormula.Neutralize(row.Email),
        SpreadsheetFormula.Neutralize(row.Country),
        SpreadsheetFormula.Neutralize(row.City),
        SpreadsheetFormula.Neutralize(row.Comment),
        row.NameDisplay.ToString().ToLowerInvariant(),
        row.EmailUpdates ? "yes" : "no",
        row.CreatedAt.ToString(Timestamp, CultureInfo.InvariantCulture),
        row.ConfirmedAt is { } confirmedAt ? FingerprintChain.FormatTimestamp(confirmedAt) : "",
        row.Id.ToString("D"),
    ];
}
