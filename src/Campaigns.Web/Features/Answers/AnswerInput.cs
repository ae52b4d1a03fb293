using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Answers;

/// <summary>What an organizer records of an official's reply: when it came and what it says.</summary>
public sealed record AnswerInput
{
    public const int MaxSummaryLength = 2000;
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public DateOnly? ReceivedOn { get; init; }
    public string? Summary { get; init; }

    public class Validator : AbstractValidator<AnswerInput>
    {
        public Validator(IStringLocalizer<SharedResource> l, TimeProvider clock)
        {
            RuleFor(r => r.ReceivedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => l["Enter the date the answer was received."])
                .Must(d => d >= Earliest).WithMessage(_ => l["The date the answer was received must be in 2000 or later."])
                .Must(d => d <= LatestToday(clock)).WithMessage(_ => l["The date the answer was received cannot be in the future."]);
            RuleFor(r => r.Summary).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => l["Summarise the answer."])
                .MaximumLength(MaxSummaryLength).WithMessage(_ => l["The summary can be at most {0} characters long.", MaxSummaryLength]);
        }

        // The latest date anywhere on Earth (UTC+14): an organizer in Asia may record a reply dated "today" before UTC's midnight.
        private static DateOnly LatestToday(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14));
    }
}
