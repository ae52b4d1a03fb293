using Campaigns.Web.Email;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Organizer;

/// <summary>What an organizer writes about a campaign, shared by creating and editing it.</summary>
public interface ICampaignFields
{
    string? Title { get; }
    string? Summary { get; }
    string? Body { get; }
    string? StartedBy { get; }
    int? Goal { get; }
    DateTime? Deadline { get; }
    IReadOnlyList<TargetInput>? Targets { get; }
    IReadOnlyList<string>? CaseSlugs { get; }
}

public abstract class CampaignFieldsValidator<T> : AbstractValidator<T> where T : ICampaignFields
{
    public const int MaxTargets = 50;
    public const int MaxCases = 20;

    protected CampaignFieldsValidator(IStringLocalizer<SharedResource> l, IOptions<MailOptions> mail)
    {
        RuleFor(r => r.Title).NotEmpty().WithMessage(_ => l["Give the campaign a title."]).MaximumLength(200);
        RuleFor(r => r.Summary).NotEmpty().WithMessage(_ => l["Write a short summary."]).MaximumLength(1000);
        RuleFor(r => r.Body).NotEmpty().WithMessage(_ => l["Write the text of the campaign."]).MaximumLength(50_000)
            .Must(b => b is null || Letters.LetterTemplate.UnknownPlaceholders(b).Count == 0)
            .WithMessage(r => l["Unknown placeholders: {0}. A letter can use {1}.", Letters.LetterTemplate.Listed(Letters.LetterTemplate.UnknownPlaceholders(r.Body!)), Letters.LetterTemplate.Listed(Letters.LetterTemplate.Placeholders)]);
        RuleFor(r => r.StartedBy).MaximumLength(200);
        RuleFor(r => r.Goal).GreaterThan(0).WithMessage(_ => l["The goal must be a positive number of signatures."]);
        RuleFor(r => r.Targets).Must(t => t is null || t.Count <= MaxTargets)
            .WithMessage(_ => l["A campaign can address at most {0} targets.", MaxTargets])
            .Must(t => t is null || IsEachListedOnce(t))
            .WithMessage(_ => l["Each target can be listed only once."]);
        RuleForEach(r => r.Targets).NotNull().SetValidator(new TargetInput.Validator(l, mail));
        RuleFor(r => r.CaseSlugs).Must(c => c is null || c.Count <= MaxCases)
            .WithMessage(_ => l["A campaign can concern at most {0} cases.", MaxCases]);
        RuleForEach(r => r.CaseSlugs).NotEmpty().MaximumLength(100);
    }

    private static bool IsEachListedOnce(IReadOnlyList<TargetInput> targets) =>
        targets.Where(t => t?.Id is null && !string.IsNullOrWhiteSpace(t?.Name)).GroupBy(t => (t.CleanName, t.CleanTitle)).All(g => g.Count() == 1)
        && targets.Where(t => t?.Id is not null).GroupBy(t => t.Id).All(g => g.Count() == 1);
}
