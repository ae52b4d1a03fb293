using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;

namespace Campaigns.Tests.Letters;

/// <summary>The organizer's letter page, used without JavaScript.</summary>
public class LetterAdminPageTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Organizer_adds_a_group_and_a_name_and_approves_an_organisation_from_the_letter_page()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var api = await app.Seed.ClientForAsync(organizer);
        var slug = await app.PublishedLetterAsync(api, "jointStatement", "We call for their release.", new { contactName = "Kevin Darling", addressedTo = "The government of the People's Republic of China" }, withTargets: false);
        var email = Emails.Unique();
        await app.CreateClient().PostAsJsonAsync($"/api/campaigns/{slug}/signatures", new
        {
            email, name = "Maria Rep", country = "FR",
            organisation = new { organisationName = "ACAT-France", organisationDomain = "acat.example" },
        });
        await app.DrainOutboxAsync();
        await app.CreateClient().ConfirmAsync((await app.Mailbox.WaitForMessageToAsync(email)).ConfirmationToken);
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);
        var path = $"/organizer/campaigns/{slug}/letter";

        var grouped = await browser.SubmitFormAsync(await browser.GetPageAsync(path), $"{path}/groups", new Dictionary<string, string> { ["Name"] = "Co-signers" });
        var page = await browser.GetPageAsync(path);
        var groupForm = page.Forms.Single(f => f.GetAttribute("action")!.EndsWith("/signatories")).GetAttribute("action")!;
        var named = await browser.SubmitFormAsync(page, groupForm, new Dictionary<string, string> { ["Name"] = "PEN International", ["IsOrganisation"] = "true" }, submitter: "IsOrganisation");
        page = await browser.GetPageAsync(path);
        var approve = page.Forms.Single(f => f.GetAttribute("action")!.EndsWith("/approve")).GetAttribute("action")!;
        var approved = await browser.SubmitFormAsync(page, approve, new Dictionary<string, string>());
        var empty = await browser.SubmitFormAsync(await browser.GetPageAsync(path), groupForm, new Dictionary<string, string> { ["Name"] = "" });
        await app.CountSignaturesAsync();

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], new[] { grouped.StatusCode, named.StatusCode, approved.StatusCode });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Enter the signatory's name.", (await empty.ParseAsync()).QuerySelector(".errors").Text());
        Assert.Equal(2, (await app.Seed.FindCampaignAsync(slug))!.OrganisationCount);
        var statement = await app.CreateClient().GetPageAsync($"/campaigns/{slug}");
        Assert.Equal(["ACAT-France", "PEN International"], statement.QuerySelectorAll(".signatories li").Select(li => li.Text()));
    }

    [Fact]
    public async Task The_settings_page_of_an_appeal_letter_shows_every_field_and_the_save_button()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var api = await app.Seed.ClientForAsync(organizer);
        var slug = await app.PublishedLetterAsync(api, "appealLetter", LetterSteps.AppealBody, new { editableText = LetterSteps.DefaultParagraph });
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);

        var page = await browser.GetPageAsync($"/organizer/campaigns/{slug}/letter");

        Assert.Equal("Default text of the editable paragraph (where {editable} stands in the letter)", page.QuerySelector("label[for=EditableText]")!.Text());
        Assert.All(new[] { "LetterSubject", "LetterDate", "EditableText", "EditableMaxLength", "AddressedTo", "ContactName", "ContactOrganisation", "ContactEmail" },
            id => Assert.NotNull(page.GetElementById(id)));
        Assert.Contains(page.QuerySelectorAll("button[type=submit]"), b => b.Text() == "Save the letter settings");
        Assert.NotNull(page.QuerySelector("footer.site-footer"));
    }
}
