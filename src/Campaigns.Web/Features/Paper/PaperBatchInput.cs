using Campaigns.Web.Features.Signing;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Paper;

/// <summary>A batch of signatures gathered on paper, as an organizer records it.</summary>
public sealed record PaperBatchInput
{
    public int? Count { get; init; }

    /// <summary>The day the sheets were signed (the last day, for sheets gathered over several).</summary>
    public DateOnly? CollectedOn { get; init; }
    public string? Place { get; init; }
    public string? Note { get; init; }

    public class Validator : AbstractValidator<PaperBatchInput>
    {
        public const int PlaceLength = 200;
        public const int NoteLength = 1000;

        public Validator(IStringLocalizer<SharedResource> l, IOptions<PaperOptions> options, TimeProvider clock)
        {
            var max = options.Value.MaxBatchCount;
            RuleFor(b => b.Count).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => l["Enter how many people signed on these sheets."])
                .GreaterThan(0).WithMessage(_ => l["Enter how many people signed on these sheets."])
                .LessThanOrEqualTo(max).WithMessage(_ => l["A batch holds at most {0} signatures; record larger collections as several batches.", max.ToString("N0")]);
            // "Today" where the organizer stands may already be tomorrow in UTC: only days past the earliest time zone's today are refused.
            RuleFor(b => b.CollectedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => l["Enter the day the sheets were signed."])
                .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14)))
                .WithMessage(_ => l["The day the sheets were signed cannot be in the future."]);
            RuleFor(b => b.Place).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => l["Enter where the sheets were signed, such as a town or an event."])
                .MaximumLength(PlaceLength).WithMessage(_ => l["The place can be at most {0} characters.", PlaceLength])
                .Must(p => !SpreadsheetFormula.StartsWithTrigger(p)).WithMessage(_ => l["The place cannot start with =, +, - or @."]);
            RuleFor(b => b.Note)
                .MaximumLength(NoteLength).WithMessage(_ => l["The note can be at most {0} characters.", NoteLength]);
        }
    }
}
