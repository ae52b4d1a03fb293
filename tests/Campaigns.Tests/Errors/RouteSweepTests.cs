using System.Net.Http.Headers;
using System.Text;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Cases;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Targets;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Errors;

/// <summary>
/// Every page and API route the app maps, read by an anonymous visitor, an organizer, an organizer of another
/// organisation and an admin, answers completely: never a 5xx, and a page never cut short. Route values come from
/// rows made here (a campaign, a case, a target); routes whose values fit no row answer 404, which is complete too.
/// Then every route that changes something gets an empty JSON body (API) or a form without its token (pages) and
/// must refuse it without a 5xx. Live event streams are left out: they answer for as long as the visitor listens.
/// </summary>
public class RouteSweepTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Every_route_requested_by_every_kind_of_visitor_answers_completely()
    {
        var owner = await app.Seed.OrganizerAsync();
        var ownerApi = await app.Seed.ClientForAsync(owner);
        var values = new RouteValues(
            (await app.Seed.PetitionAsync(owner: owner)).Slug,
            (await ownerApi.CreateCaseAsync()).Slug(),
            (await ownerApi.CreatedTargetIdAsync(TargetSteps.Ambassador())).ToString());
        var visitors = new List<(string Who, HttpClient Pages, HttpClient Api)> { ("anonymous", app.CreateBrowser(), app.CreateClient()) };
        foreach (var (who, visitor) in new[] { ("organizer", owner), ("other organisation", await app.Seed.OrganizerAsync()), ("admin", await app.Seed.OrganizerAsync(role: Roles.Admin)) })
        {
            visitors.Add((who, await SignedInBrowserAsync(visitor), visitor == owner ? ownerApi : await app.Seed.ClientForAsync(visitor)));
        }

        var routes = Routes(values).ToList();
        Assert.Contains((HttpMethods.Get, $"/campaigns/{values.CampaignSlug}"), routes);
        Assert.Contains((HttpMethods.Get, $"/api/organizer/targets/{values.TargetId}"), routes);

        var failures = new List<string>();
        foreach (var (method, path) in routes.OrderBy(r => r.Method != HttpMethods.Get))
        {
            foreach (var (who, pages, api) in visitors)
            {
                if (await IncompleteAnswerAsync(path.StartsWith("/api", StringComparison.Ordinal) ? api : pages, method, path) is { } failure)
                {
                    failures.Add($"{who} {method} {path}: {failure}");
                }
            }
        }

        Assert.Empty(failures);
    }

    private async Task<HttpClient> SignedInBrowserAsync(Infrastructure.Organizer organizer)
    {
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer);
        return browser;
    }

    private static async Task<string?> IncompleteAnswerAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        if (method != HttpMethods.Get)
        {
            request.Content = path.StartsWith("/api", StringComparison.Ordinal)
                ? new StringContent("{}", Encoding.UTF8, "application/json")
                : new FormUrlEncodedContent([]);
        }
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500)
        {
            return $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}";
        }
        var isPage = response.Content.Headers.ContentType?.MediaType == "text/html";
        return isPage && !body.TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase) ? "the page is cut short" : null;
    }

    private IEnumerable<(string Method, string Path)> Routes(RouteValues values) => app.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => !e.Metadata.OfType<IProducesResponseTypeMetadata>().Any(p => p.ContentTypes.Contains("text/event-stream")))
        .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get])
            .Where(method => method != HttpMethods.Head && method != HttpMethods.Options)
            .Select(method => (method, values.Fill(e.RoutePattern))))
        .Distinct()
        .OrderBy(r => r.Item2, StringComparer.Ordinal);

    private sealed record RouteValues(string CampaignSlug, string CaseSlug, string TargetId)
    {
        public string Fill(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(segment =>
            string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart parameter => Value(pattern, parameter),
                _ => "",
            }))));

        private string Value(RoutePattern pattern, RoutePatternParameterPart parameter)
        {
            var raw = pattern.RawText ?? "";
            return parameter.Name switch
            {
                "slug" or "caseSlug" when raw.Contains("cases", StringComparison.Ordinal) || parameter.Name == "caseSlug" => CaseSlug,
                "slug" => CampaignSlug,
                "id" or "targetId" when raw.Contains("targets", StringComparison.Ordinal) => TargetId,
                "code" => "404",
                "language" => "zh-Hans",
                _ when parameter.ParameterPolicies.Any(p => p.Content == "int") => "1",
                _ when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.NewGuid().ToString(),
                _ => "unknown",
            };
        }
    }
}
