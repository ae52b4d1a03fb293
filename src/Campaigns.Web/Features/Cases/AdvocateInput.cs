using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Cases;

/// <summary>An advocate (such as a legislator who adopted the case) or a partner organisation, as an organizer enters it.</summary>
public sealed record AdvocateInput
{
    public string? Kind { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Affiliation { get; init; }
    public string? Url { get; init; }

    public static readonly string KindNames = string.Join(", ", Enum.GetNames<AdvocateKind>());

    public static bool TryParseKind(string? text, out AdvocateKind kind) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);

    public void ApplyTo(CaseAdvocate advocate)
    {
        TryParseKind(Kind, out var kind);
        advocate.Kind = kind;
        advocate.Name = Text.Clean(Name)!;
        advocate.Title = Text.Clean(Title);
        advocate.Affiliation = Text.Clean(Affiliation);
        advocate.Url = Text.Clean(Url);
    }

    public class Validator : AbstractValidator<AdvocateInput>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(a => a.Kind).NotEmpty().WithMessage(_ => l["Kind must be one of: {0}.", KindNames]).Must(k => TryParseKind(k, out _)).WithMessage(_ => l["Kind must be one of: {0}.", KindNames]);
            RuleFor(a => a.Name).NotEmpty().WithMessage(_ => l["Enter the advocate's or the organisation's name."]).MaximumLength(CaseLimits.AdvocateText);
            RuleFor(a => a.Title).MaximumLength(CaseLimits.AdvocateText);
            RuleFor(a => a.Affiliation).MaximumLength(CaseLimits.AdvocateText);
            RuleFor(a => a.Url).MaximumLength(CaseLimits.Url)
                .Must(CaseText.IsWebAddress).WithMessage(_ => l["The link must be a web address starting with http:// or https://."]);
        }
    }
}
