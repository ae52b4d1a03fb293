using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Comments;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Paper;

/// <summary>The printable signature sheet, for organizers and for supporters running a stall, on each database.</summary>
public abstract class SignatureSheetTests(CampaignsAppFactory app)
{
    [Fact]
    public async Task The_sheet_asks_what_the_sign_form_asks_with_a_consent_line_and_a_QR_code_to_the_campaign()
    {
        var petition = await app.Seed.PetitionAsync();
        var campaignPage = await app.CampaignPageAsync(petition.Slug);
        var link = campaignPage.QuerySelector("#signature-sheet-link")!.GetAttribute("href");

        var sheet = await app.CreateClient().GetPageAsync(link!);

        Assert.Equal($"/campaigns/{petition.Slug}/sheet", link);
        Assert.Equal(petition.Title, sheet.QuerySelector(".signature-sheet h1").Text());
        Assert.Equal(petition.Summary, sheet.QuerySelector(".sheet-summary").Text());
        Assert.Equal(["Name", "Country", "City (optional)", "Email, only if you want news of this campaign", "Signature"],
            sheet.QuerySelectorAll(".sheet-rows thead th").Skip(1).Select(th => th.Text()).ToArray());
        Assert.Equal(12, sheet.QuerySelectorAll(".sheet-rows tbody tr").Length);
        Assert.Contains($"By signing this sheet you support \"{petition.Title}\".", sheet.QuerySelector(".sheet-consent").Text());
        Assert.Contains("names on this sheet are never published", sheet.QuerySelector(".sheet-consent").Text());
        var code = sheet.QuerySelector(".sheet-qr svg title").Text();
        Assert.Equal($"{app.PublicBaseUrl}/campaigns/{petition.Slug}?lang=en", code);
        Assert.Contains("/css/sheet.css", sheet.QuerySelector("link[href*='sheet.css']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_joint_statement_in_Chinese_prints_its_sheet_in_Chinese_with_a_column_for_the_organisation()
    {
        var statement = await app.Seed.PetitionAsync(c => (c.Kind, c.Language, c.ContactName, c.ContactEmail) =
            (CampaignKind.JointStatement, ContentLanguages.Simplified, "Li Wei", "contact@example.org"));

        var sheet = await app.CreateClient().GetPageAsync($"/campaigns/{statement.Slug}/sheet");

        Assert.Equal("zh-Hans", sheet.QuerySelector(".signature-sheet")!.GetAttribute("lang"));
        var columns = sheet.QuerySelectorAll(".sheet-rows thead th").Select(th => th.Text()).ToList();
        Assert.Contains("如代表组织联署，请填写组织名称及职务", columns);
        Assert.Equal("请将填好的表格交回 Li Wei（contact@example.org）。", sheet.QuerySelector(".sheet-return").Text());
        Assert.Contains("Back to the campaign", sheet.QuerySelector(".sheet-help").Text());
    }

    [Fact]
    public async Task A_closed_campaign_has_no_public_sheet_but_its_organizers_still_print_one()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var closed = await app.Seed.PetitionAsync(c => (c.Status, c.ClosedAt) = (CampaignStatus.Closed, app.Clock.UtcNow), owner: organizer);

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/campaigns/{closed.Slug}/sheet")).StatusCode);
        Assert.Null((await app.CampaignPageAsync(closed.Slug)).QuerySelector("#signature-sheet-link"));
        var sheet = await (await app.SignedInBrowserAsync(organizer)).GetPageAsync($"/organizer/campaigns/{closed.Slug}/sheet");
        Assert.Equal(closed.Title, sheet.QuerySelector(".signature-sheet h1").Text());
        var stranger = await app.SignedInBrowserAsync(await app.Seed.OrganizerAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/organizer/campaigns/{closed.Slug}/sheet")).StatusCode);
    }
}

public sealed class SignatureSheetsOnConfiguredDatabaseTests(CampaignsAppFactory app) : SignatureSheetTests(app), IClassFixture<CampaignsAppFactory>;

public sealed class SignatureSheetsOnEmbeddedDatabaseTests(EmbeddedDatabaseAppFactory app) : SignatureSheetTests(app), IClassFixture<EmbeddedDatabaseAppFactory>;
