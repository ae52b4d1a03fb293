using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Targets;

public class TargetImportCutShortTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string ImportPage = "/organizer/targets/import";

    [Fact]
    public async Task An_import_cut_off_in_the_middle_of_the_file_is_refused_with_a_problem_and_imports_nothing()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);

        using var form = new MultipartFormDataContent { { CsvFile(), "file", "targets.csv" } };

        var response = await client.PostAsync($"{TargetSteps.Targets}/import", await CutShortUpload.CutAsync(form));

        Assert.Contains("cut off", Assert.Single(await Problems.AssertFieldErrorAsync(response, "file")));
        Assert.False(await app.WithDbAsync(db => db.Targets.AnyAsync(t => t.OrganisationId == organizer.OrganisationId)));
    }

    [Fact]
    public async Task An_import_cut_off_on_the_page_shows_the_reason_and_imports_nothing()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(organizer)).StatusCode);
        var page = await browser.GetPageAsync(ImportPage);
        var token = page.QuerySelector<IHtmlInputElement>($"form[action='{ImportPage}'] input[name='__RequestVerificationToken']")!.Value;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        form.Add(CsvFile(), "file", "targets.csv");

        var response = await browser.PostAsync(ImportPage, await CutShortUpload.CutAsync(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cut off", (await HtmlForms.ParseAsync(response)).QuerySelector(".errors").Text());
        Assert.False(await app.WithDbAsync(db => db.Targets.AnyAsync(t => t.OrganisationId == organizer.OrganisationId)));
    }

    /// <summary>Twenty valid rows: the cut falls in the middle of them.</summary>
    private static ByteArrayContent CsvFile()
    {
        var rows = Enumerable.Range(1, 20).Select(i => $"Consul number {i},consul{i}@example.org");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("name,email\n" + string.Join('\n', rows) + "\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return file;
    }
}
