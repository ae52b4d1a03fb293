using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Targets;

public class TargetPagesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string List = "/organizer/targets";
    private const string New = "/organizer/targets/new";
    private const string Import = "/organizer/targets/import";

    [Fact]
    public async Task Organizer_adds_a_target_with_the_form_and_edits_its_policy()
    {
        var (organizer, browser) = await SignedInAsync();

        var created = await browser.SubmitFormAsync(await browser.GetPageAsync(New), New, new Dictionary<string, string>
        {
            ["Name"] = "王炳章",
            ["Salutation"] = "Dear Dr. Wang / 尊敬的王博士",
            ["PostalAddress"] = "Beiwang Prison\nShaoguan\nChina",
            ["Channel"] = "post",
            ["TimeZone"] = "Asia/Shanghai",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await browser.GetPageAsync(List);
        var link = list.QuerySelectorAll("#targets a").Single(a => a.TextContent == "王炳章");
        var edit = await browser.GetPageAsync(link.GetAttribute("href")!);
        Assert.Equal("Dear Dr. Wang / 尊敬的王博士", edit.QuerySelector<IHtmlInputElement>("#Salutation")!.Value);

        var saved = await browser.SubmitFormAsync(edit, link.GetAttribute("href")!, new Dictionary<string, string>
        {
            ["Mode"] = "digest", ["DigestThreshold"] = "100", ["OfficeHoursStart"] = "08:30", ["OfficeHoursEnd"] = "16:00",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var target = await app.WithDbAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.OrganisationId == organizer.OrganisationId));
        Assert.Equal((DeliveryMode.Digest, 100, new TimeOnly(8, 30)), (target.Mode, target.DigestThreshold!.Value, target.OfficeHoursStart!.Value));
        Assert.Equal("Beiwang Prison\nShaoguan\nChina", target.PostalAddress);
    }

    [Fact]
    public async Task Form_errors_re_render_the_form_with_messages_and_what_was_typed_and_save_nothing()
    {
        var (organizer, browser) = await SignedInAsync();

        var response = await browser.SubmitFormAsync(await browser.GetPageAsync(New), New, new Dictionary<string, string>
        {
            ["Name"] = "Wang Yi",
            ["Channel"] = "post",
            ["HourlyCap"] = "lots",
            ["OfficeHoursStart"] = "17:00",
            ["OfficeHoursEnd"] = "09:00",
            ["TimeZone"] = "Nowhere/City",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("A postal delivery needs the target's postal address.", page.ErrorMessages());
        Assert.Contains("The hourly cap must be a whole number.", page.ErrorMessages());
        Assert.Contains("Office hours must end after they start.", page.ErrorMessages());
        Assert.Contains("IANA", page.QuerySelector("#TimeZone + .field-error")!.TextContent);
        Assert.Equal("Wang Yi", page.QuerySelector<IHtmlInputElement>("#Name")!.Value);
        Assert.Equal("lots", page.QuerySelector<IHtmlInputElement>("#HourlyCap")!.GetAttribute("value"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Targets.CountAsync(t => t.OrganisationId == organizer.OrganisationId)));
    }

    [Fact]
    public async Task Organizer_retires_and_restores_from_the_list()
    {
        var (organizer, browser) = await SignedInAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var id = await client.CreatedTargetIdAsync(TargetSteps.Ambassador("Zeng Gang"));

        var retired = await browser.SubmitAsync(await browser.GetPageAsync(List), $"/organizer/targets/{id}/retire");
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        Assert.NotNull((await browser.GetPageAsync(List)).QuerySelector("#no-targets"));
        var withRetired = await browser.GetPageAsync($"{List}?includeRetired=true");
        Assert.Contains("Retired", withRetired.QuerySelector($"#target-{id}")!.TextContent);

        await browser.SubmitAsync(withRetired, $"/organizer/targets/{id}/restore");
        Assert.NotNull((await browser.GetPageAsync(List)).QuerySelector($"#target-{id}"));
    }

    [Fact]
    public async Task Import_form_adds_the_file_or_lists_every_error_by_row()
    {
        var (organizer, browser) = await SignedInAsync();

        var failed = await UploadAsync(browser, "name,country,email\nLi Qiang,China,li@example.org\n,CN,x@example.org\n");
        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        var errors = (await failed.ParseAsync()).ErrorMessages();
        Assert.Contains(errors, e => e.StartsWith("Row 2: Country must be"));
        Assert.Contains("Row 3: Give the target a name.", errors);
        Assert.Equal(0, await app.WithDbAsync(db => db.Targets.CountAsync(t => t.OrganisationId == organizer.OrganisationId)));

        var imported = await UploadAsync(browser, "\uFEFFname,salutation,email\n王炳章,尊敬的王博士 / Dear Dr. Wang,w@example.org\n");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("1 target was added", (await imported.ParseAsync()).QuerySelector("#imported")!.TextContent);
        Assert.Equal("尊敬的王博士 / Dear Dr. Wang", (await app.WithDbAsync(db => db.Targets.SingleAsync(t => t.OrganisationId == organizer.OrganisationId))).Salutation);
    }

    [Fact]
    public async Task Campaign_form_offers_the_directory_as_checkboxes()
    {
        var (organizer, browser) = await SignedInAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var id = await client.CreatedTargetIdAsync(TargetSteps.Ambassador("Cui Tiankai"));
        var retiredId = await client.CreatedTargetIdAsync(TargetSteps.Ambassador("Retired Official"));
        await client.DeleteAsync($"{TargetSteps.Targets}/{retiredId}");
        var form = await browser.GetPageAsync("/organizer/campaigns/new");
        Assert.Null(form.QuerySelector($"input[name='DirectoryTargetIds'][value='{retiredId}']"));
        form.QuerySelector<IHtmlInputElement>($"input[name='DirectoryTargetIds'][value='{id}']")!.IsChecked = true;

        var created = await browser.SubmitFormAsync(form, "/organizer/campaigns/new", new Dictionary<string, string>
        {
            ["Title"] = "Free the writers", ["Summary"] = "Writers are detained.", ["Body"] = "They wrote peacefully.",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Cui Tiankai", (await browser.GetPageAsync(created.Headers.Location!.OriginalString)).QuerySelector("ol.targets")!.TextContent);
    }

    [Fact]
    public async Task Another_organisations_target_page_is_refused()
    {
        var owner = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var id = await owner.CreatedTargetIdAsync(TargetSteps.Ambassador());
        var (_, browser) = await SignedInAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/organizer/targets/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/organizer/targets/{Guid.NewGuid()}/edit")).StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string csv)
    {
        var page = await browser.GetPageAsync(Import);
        var token = page.QuerySelector<IHtmlInputElement>($"form[action='{Import}'] input[name='__RequestVerificationToken']")!.Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "targets.csv" },
        };
        return await browser.PostAsync(Import, form);
    }

    private async Task<(Infrastructure.Organizer Organizer, HttpClient Browser)> SignedInAsync()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(organizer.Email, organizer.Password)).StatusCode);
        return (organizer, browser);
    }
}
