using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Cases;

/// <summary>A dated entry for a case's timeline and where it was reported, as an organizer enters it.</summary>
public sealed record CaseUpdateInput
{
    public DateOnly? Date { get; init; }

    /// <summary>Day (the default), Month or Year: how much of the date the source gives.</summary>
    public string? DatePrecision { get; init; }
    public string? Summary { get; init; }
    public string? SourceName { get; init; }
    public string? SourceUrl { get; init; }
    public DateOnly? SourceDate { get; init; }

    public static readonly string PrecisionNames = string.Join(", ", Enum.GetNames<DatePrecision>());

    public static bool TryParsePrecision(string? text, out DatePrecision precision)
    {
        precision = Domain.DatePrecision.Day;
        return string.IsNullOrWhiteSpace(text)
            || Enum.TryParse(text.Trim(), ignoreCase: true, out precision) && Enum.IsDefined(precision) && !int.TryParse(text, out _);
    }

    public void ApplyTo(CaseUpdate update)
    {
        TryParsePrecision(DatePrecision, out var precision);
        update.Date = CaseDates.Truncate(Date!.Value, precision);
        update.DatePrecision = precision;
        update.Summary = Text.CleanBlock(Summary)!;
        update.SourceName = Text.Clean(SourceName);
        update.SourceUrl = Text.Clean(SourceUrl);
        update.SourceDate = SourceDate;
    }

    public class Validator : AbstractValidator<CaseUpdateInput>
    {
        public Validator(IStringLocalizer<SharedResource> l, TimeProvider clock)
        {
            RuleFor(u => u.Date).NotNull().WithMessage(_ => l["Enter the date of the update."])
                .Must(d => d is null || d <= CaseDates.LatestToday(clock)).WithMessage(_ => l["The date of an update cannot be in the future."])
                .Must(d => d is null || d.Value.Year >= 1900).WithMessage(_ => l["The date of an update cannot be before 1900."]);
            RuleFor(u => u.DatePrecision).Must(p => TryParsePrecision(p, out _)).WithMessage(_ => l["Date precision must be one of: {0}.", PrecisionNames]);
            RuleFor(u => u.Summary).NotEmpty().WithMessage(_ => l["Write what happened."]).MaximumLength(CaseLimits.UpdateSummary);
            RuleFor(u => u.SourceName).MaximumLength(CaseLimits.SourceName);
            RuleFor(u => u.SourceUrl).MaximumLength(CaseLimits.Url)
                .Must(CaseText.IsWebAddress).WithMessage(_ => l["The source link must be a web address starting with http:// or https://."]);
            RuleFor(u => u.SourceDate).Must(d => d is null || d <= CaseDates.LatestToday(clock))
                .WithMessage(_ => l["The date of the source cannot be in the future."]);
        }
    }
}
