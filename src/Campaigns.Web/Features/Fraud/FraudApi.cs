using System.Security.Claims;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Fraud;

/// <summary>The admins' JSON API for where signatures come from, bulk invalidation and the email domain lists.</summary>
public static class FraudApi
{
    public sealed record Invalidated(Guid Id, int Matched, int Counted);

    public sealed record DomainRuleRequest(string? Verdict);

    public static RouteGroupBuilder MapFraudApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").RequireAuthorization(IdentitySetup.AdminPolicy).WithTags("Admin: fraud");
        admin.MapGet("/campaigns/{slug}/sources", SourcesAsync)
            .WithSummary("Where a campaign's signatures come from: by IP hash, email domain, country and minute, with the sources that stand out.")
            .Produces<SourceReport>().ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapGet("/campaigns/{slug}/invalidations", InvalidationsAsync)
            .WithSummary("A campaign's bulk invalidations, newest first.")
            .Produces<List<InvalidationView>>().ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/campaigns/{slug}/invalidations", InvalidateAsync)
            .WithSummary("Invalidate every signature of the campaign matching all the criteria given; they stop counting at once.")
            .Produces<Invalidated>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/invalidations/{id:guid}/undo", UndoAsync)
            .WithSummary("Undo a bulk invalidation: its signatures count again.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapGet("/email-domains", DomainsAsync)
            .WithSummary("The allowed and blocked email domains; known disposable domains are blocked unless allowed.")
            .Produces<EmailDomainsOverview>();
        admin.MapPut("/email-domains/{domain}", SetDomainAsync)
            .WithSummary("Put a domain on the allow list or the block list: { \"verdict\": \"allow\" | \"block\" }.")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem();
        admin.MapDelete("/email-domains/{domain}", RemoveDomainAsync)
            .WithSummary("Take a domain off both lists.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> SourcesAsync(string slug, AdminCampaigns campaigns, SourceAnalysis analysis, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await campaigns.FindAsync(slug, ct) is { } campaign
            ? Results.Ok(await analysis.AnalyseAsync(campaign.Id, ct))
            : NoCampaign(l, slug);

    private static async Task<IResult> InvalidationsAsync(string slug, AdminCampaigns campaigns, InvalidationHistory history, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await campaigns.FindAsync(slug, ct) is { } campaign
            ? Results.Ok(await history.ForCampaignAsync(campaign.Id, ct))
            : NoCampaign(l, slug);

    private static async Task<IResult> InvalidateAsync(
        string slug, InvalidationRequest request, InvalidationRequest.Validator validator, AdminCampaigns campaigns, BulkInvalidation invalidation,
        ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return ApiResults.Invalid(validation);
        }
        if (await campaigns.FindAsync(slug, ct) is not { } campaign)
        {
            return NoCampaign(l, slug);
        }
        var done = await invalidation.InvalidateAsync(campaign.Id, request, AdminName(user), ct);
        return Results.Created($"/api/admin/campaigns/{slug}/invalidations", new Invalidated(done.Id, done.Matched, done.Counted));
    }

    private static async Task<IResult> UndoAsync(Guid id, BulkInvalidation invalidation, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await invalidation.UndoAsync(id, AdminName(user), ct)
            ? Results.NoContent()
            : ApiResults.NotFound(l["There is no invalidation to undo with this id."]);

    private static async Task<IResult> DomainsAsync(EmailDomainRules rules, CancellationToken ct) => Results.Ok(await rules.OverviewAsync(ct));

    private static async Task<IResult> SetDomainAsync(
        string domain, DomainRuleRequest request, EmailDomainRules rules, ClaimsPrincipal user, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = DomainErrors(domain, request.Verdict, l);
        if (errors.Count > 0)
        {
            return ApiResults.Invalid(new ValidationResult(errors));
        }
        await rules.SetAsync(EmailDomains.Normalize(domain), EmailDomainRules.Parse(request.Verdict)!.Value, AdminName(user), ct);
        return Results.NoContent();
    }

    private static async Task<IResult> RemoveDomainAsync(string domain, EmailDomainRules rules, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await rules.RemoveAsync(EmailDomains.Normalize(domain), ct)
            ? Results.NoContent()
            : ApiResults.NotFound(l["The domain {0} is on neither list.", domain]);

    /// <summary>The errors in an admin's domain rule, shared by the page and the API.</summary>
    public static List<ValidationFailure> DomainErrors(string? domain, string? verdict, IStringLocalizer<SharedResource> l)
    {
        var errors = new List<ValidationFailure>();
        var normalized = EmailDomains.Normalize(domain ?? "");
        if (normalized.Length is 0 or > 253 || !normalized.Contains('.') || normalized.Contains('@'))
        {
            errors.Add(new ValidationFailure("Domain", l["Please enter a domain such as example.org."]));
        }
        if (EmailDomainRules.Parse(verdict) is null)
        {
            errors.Add(new ValidationFailure("Verdict", l["Choose allow or block."]));
        }
        return errors;
    }

    public static string AdminName(ClaimsPrincipal user) => user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private static IResult NoCampaign(IStringLocalizer<SharedResource> l, string slug) => ApiResults.NotFound(l["There is no campaign '{0}'.", slug]);
}
