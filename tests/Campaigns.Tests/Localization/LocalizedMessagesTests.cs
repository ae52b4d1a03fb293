using System.Globalization;
using System.Net;
using System.Security.Claims;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Campaigns.Tests.Localization;

public class LocalizedMessagesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_bad_organizer_request_is_a_problem_whose_field_error_reads_in_English_and_writes_nothing()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var request = OrganizerSteps.NewPetition();
        request["title"] = "";
        request["startedBy"] = new string('s', 201);

        var response = await client.CreateCampaignAsync(request);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The request has invalid fields.", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal("Give the campaign a title.", errors.GetProperty("title")[0].GetString());
        Assert.StartsWith("The length of 'Started by' must be 200 characters or fewer.", errors.GetProperty("startedBy")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Campaigns.CountAsync(c => c.OrganisationId == organizer.OrganisationId)));
    }

    [Fact]
    public async Task An_unknown_campaign_is_a_404_problem_naming_it()
    {
        var response = await app.CreateClient().GetAsync("/api/campaigns/no-such-campaign");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Not found.", problem.GetProperty("title").GetString());
        Assert.Equal("There is no campaign 'no-such-campaign'.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("en", "Give the campaign a title.")]
    [InlineData("zh-Hans", "请为活动输入标题。")]
    [InlineData("zh-Hant", "請為活動輸入標題。")]
    public void An_organizer_form_error_reads_in_the_readers_language(string culture, string expected)
    {
        var errors = InCulture(culture, () => Validate(Request(title: "")));

        Assert.Equal(expected, Assert.Single(errors, e => e.PropertyName == "Title").ErrorMessage);
    }

    [Theory]
    [InlineData("zh-Hans", "标题", "200")]
    [InlineData("zh-Hant", "標題", "200")]
    public void A_built_in_length_message_names_the_field_in_Chinese(string culture, string fieldName, string limit)
    {
        var errors = InCulture(culture, () => Validate(Request(title: new string('t', 201))));

        var message = Assert.Single(errors, e => e.PropertyName == "Title").ErrorMessage;
        Assert.Contains(fieldName, message);
        Assert.Contains(limit, message);
        Assert.DoesNotContain("Title", message);
        Assert.DoesNotContain("length", message);
    }

    [Fact]
    public async Task An_organizer_refusal_reads_in_the_readers_language()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hant");

        var result = await app.WithScopeAsync(services =>
            services.GetRequiredService<CampaignAccess>().CheckAsync(new ClaimsPrincipal(), "no-such-campaign", AccessNeed.See, CancellationToken.None));

        Assert.Equal(OrganizerOutcome.NotFound, result.Outcome);
        Assert.Equal("沒有網址為「no-such-campaign」的活動。", result.Message);
    }

    [Fact]
    public void Every_field_a_validator_checks_has_a_name_people_read()
    {
        var l = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var unnamed = typeof(Program).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && !t.ContainsGenericParameters && typeof(IValidator).IsAssignableFrom(t))
            .SelectMany(t => ((IValidator)ActivatorUtilities.CreateInstance(app.Services, t)).CreateDescriptor().Rules)
            .Where(rule => rule.Member is not null)
            .Select(rule => ValidationLanguage.DisplayName(rule.Member))
            .Distinct()
            .Where(name => InCulture("en", () => l[name].ResourceNotFound))
            .Order()
            .ToList();

        Assert.True(unnamed.Count == 0, "Add these field names to SharedResource.resx:\n" + string.Join("\n", unnamed));
    }

    private static CreateCampaign.Request Request(string title) => new()
    {
        Title = title,
        Summary = "Release him.",
        Body = "Release him now.",
        Targets = [new TargetInput { Name = "Wang Yi" }],
    };

    private IReadOnlyList<FluentValidation.Results.ValidationFailure> Validate(CreateCampaign.Request request) =>
        app.Services.GetRequiredService<IValidator<CreateCampaign.Request>>().Validate(request).Errors;

    private static T InCulture<T>(string name, Func<T> work)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return work();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
