using Campaigns.Web.Email;
using FluentValidation;
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

    protected CampaignFieldsValidator(IOptions<MailOptions> mail)
    {
        RuleFor(r => r.Title).NotEmpty().WithMessage("Give the campaign a title.").MaximumLength(200);
        RuleFor(r => r.Summary).NotEmpty().WithMessage("Write a short summary.").MaximumLength(1000);
        RuleFor(r => r.Body).NotEmpty().WithMessage("Write the text of the campaign.").MaximumLength(50_000)
            .Must(b => b is null || Letters.LetterTemplate.UnknownPlaceholders(b).Count == 0)
            .WithMessage(r => Letters.LetterTemplate.UnknownPlaceholdersMessage(r.Body!));
        RuleFor(r => r.StartedBy).MaximumLength(200);
        RuleFor(r => r.Goal).GreaterThan(0).WithMessage("The goal must be a positive number of signatures.");
        RuleFor(r => r.Targets).Must(t => t is null || t.Count <= MaxTargets)
            .WithMessage($"A campaign can address at most {MaxTargets} targets.")
            .Must(t => t is null || IsEachListedOnce(t))
            .WithMessage("Each target can be listed only once.");
        RuleForEach(r => r.Targets).NotNull().SetValidator(new TargetInput.Validator(mail));
        RuleFor(r => r.CaseSlugs).Must(c => c is null || c.Count <= MaxCases)
            .WithMessage($"A campaign can concern at most {MaxCases} cases.");
        RuleForEach(r => r.CaseSlugs).NotEmpty().MaximumLength(100);
    }

    private static bool IsEachListedOnce(IReadOnlyList<TargetInput> targets) =>
        targets.Where(t => t?.Id is null && !string.IsNullOrWhiteSpace(t?.Name)).GroupBy(t => (t.CleanName, t.CleanTitle)).All(g => g.Count() == 1)
        && targets.Where(t => t?.Id is not null).GroupBy(t => t.Id).All(g => g.Count() == 1);
}
