using Campaigns.Web.Features.Letters;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Translations;

/// <summary>A campaign's text in one language, with the same limits as the original.</summary>
public sealed record CampaignTranslationInput
{
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? Body { get; init; }
    public string? ClosingMessage { get; init; }
    public string? LetterSubject { get; init; }
    public string? EditableText { get; init; }
    public string? AddressedTo { get; init; }

    public class Validator : AbstractValidator<CampaignTranslationInput>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Title).NotEmpty().WithMessage(_ => l["Give the campaign a title."]).MaximumLength(200);
            RuleFor(r => r.Summary).NotEmpty().WithMessage(_ => l["Write a short summary."]).MaximumLength(1000);
            RuleFor(r => r.Body).NotEmpty().WithMessage(_ => l["Write the text of the campaign."]).MaximumLength(50_000)
                .Must(b => b is null || LetterTemplate.UnknownPlaceholders(b).Count == 0)
                .WithMessage(r => l["Unknown placeholders: {0}. A letter can use {1}.", LetterTemplate.Listed(LetterTemplate.UnknownPlaceholders(r.Body!)), LetterTemplate.Listed(LetterTemplate.Placeholders)]);
            RuleFor(r => r.ClosingMessage).MaximumLength(2000);
            RuleFor(r => r.LetterSubject).MaximumLength(200);
            RuleFor(r => r.EditableText).MaximumLength(LetterData.HardMaxLength);
            RuleFor(r => r.AddressedTo).MaximumLength(500);
        }
    }
}
