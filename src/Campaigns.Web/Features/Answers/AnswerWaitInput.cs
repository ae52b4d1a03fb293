using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Answers;

/// <summary>How many days after delivery an official's silence is shown as "no answer".</summary>
public sealed record AnswerWaitInput
{
    public const int MinDays = 1;
    public const int MaxDays = 365;

    public int? WaitDays { get; init; }

    public class Validator : AbstractValidator<AnswerWaitInput>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.WaitDays).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => l["Enter a number of days."])
                .InclusiveBetween(MinDays, MaxDays).WithMessage(_ => l["The number of days must be between {0} and {1}.", MinDays, MaxDays]);
        }
    }
}
