using System.Globalization;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure;

namespace Campaigns.Web.Features.Letters;

/// <summary>Writes a letter's signatories as CSV, every text cell neutralised against spreadsheet formulas.</summary>
public sealed class SignatoriesCsvResult(SignatoriesExport.Export export) : CsvDownload<SignatoryRow>(export.FileName, export.Rows)
{
    protected override string[] Columns { get; } =
    [
        "group", "source", "name", "is_organisation", "organisation_name", "organisation_domain", "role", "country", "city", "email",
        "personal_text", "signed_at", "confirmed_at",
    ];

    protected override string[] Cells(SignatoryRow r) =>
    [
        SpreadsheetFormula.Neutralize(r.Group),
        r.Source,
        SpreadsheetFormula.Neutralize(r.Name),
        r.IsOrganisation ? "yes" : "no",
        SpreadsheetFormula.Neutralize(r.OrganisationName),
        SpreadsheetFormula.Neutralize(r.OrganisationDomain),
        SpreadsheetFormula.Neutralize(r.Role),
        SpreadsheetFormula.Neutralize(r.Country),
        SpreadsheetFormula.Neutralize(r.City),
        SpreadsheetFormula.Neutralize(r.Email),
        SpreadsheetFormula.Neutralize(r.PersonalText),
        r.SignedAt?.ToString(Timestamp, CultureInfo.InvariantCulture) ?? "",
        r.ConfirmedAt?.ToString(Timestamp, CultureInfo.InvariantCulture) ?? "",
    ];
}
