namespace Campaigns.Web.Features.Letters;

/// <summary>The values a letter's placeholders take for one target and one supporter.</summary>
public sealed record LetterFields(
    string? Salutation,
    string? TargetName,
    string? TargetTitle,
    string? SupporterName,
    string? SupporterCity,
    string? SupporterCountry,
    string Date,
    string? EditableText)
{
    public string? ValueOf(string placeholder) => placeholder switch
    {
        "salutation" => Salutation ?? "Dear Sir or Madam",
        "target_name" => TargetName ?? "",
        "target_title" => TargetTitle ?? "",
        "supporter_name" => SupporterName ?? "",
        "supporter_city" => SupporterCity ?? "",
        "supporter_country" => SupporterCountry ?? "",
        "date" => Date,
        LetterTemplate.Editable => EditableText ?? "",
        _ => null,
    };
}
