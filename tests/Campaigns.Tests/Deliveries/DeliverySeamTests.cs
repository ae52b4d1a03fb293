using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Following;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Series;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Deliveries;

/// <summary>Where deliveries meet organisation approvals and per-person action status.</summary>
public class DeliverySeamTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task An_organisation_approved_by_the_organizer_is_delivered_to_the_joint_statements_targets()
    {
        var owner = await app.Seed.OrganizerAsync();
        var organizer = await app.Seed.ClientForAsync(owner);
        var statement = await app.LetterCampaignAsync(CampaignKind.JointStatement, owner: owner, policy: t =>
        {
            t.Mode = DeliveryMode.Digest;
            t.DigestThreshold = 1;
        });
        var email = Emails.Unique("csw");
        var signed = await app.CreateClient().PostAsJsonAsync($"/api/campaigns/{statement.Slug}/signatures", new
        {
            email, name = "Maria Rep", country = "GB",
            organisation = new { organisationName = "Christian Solidarity Worldwide", organisationDomain = "csw.example", signerRole = "Director" },
        });
        Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
        await app.DrainOutboxAsync();
        await app.CreateClient().ConfirmAsync((await app.Mailbox.WaitForMessageToAsync(email)).ConfirmationToken);
        await app.RunDeliveriesAsync();
        var beforeApproval = app.Mailbox.MessagesTo(statement.Target.Email!).Count;

        var waiting = await organizer.GetFromJsonAsync<JsonElement>($"/api/organizer/campaigns/{statement.Slug}/organisations");
        var id = waiting.EnumerateArray().Single().GetProperty("id").GetString();
        var approved = await organizer.PostAsync($"/api/organizer/campaigns/{statement.Slug}/organisations/{id}/approve", null);
        await app.RunDeliveriesAsync();

        Assert.Equal(0, beforeApproval);
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        var delivered = await app.Mailbox.WaitForMessageToAsync(statement.Target.Email!);
        Assert.Contains("Christian Solidarity Worldwide (Maria Rep, Director)", delivered.TextBody);
        Assert.DoesNotContain(email, delivered.TextBody);
        var line = Assert.Single(await app.DeliveriesAsync(statement.Campaign.Id));
        Assert.Equal((DeliveryStatus.Sent, 1), (line.Status, line.SignatureCount));
    }

    [Fact]
    public async Task Ending_action_for_one_person_holds_only_the_letters_addressed_on_their_behalf()
    {
        var owner = await app.Seed.OrganizerAsync();
        var organizer = await app.Seed.ClientForAsync(owner);
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, owner: owner, targets: 2);
        var (aboutWang, aboutEveryone) = (letter.Targets[0], letter.Targets[1]);
        var huang = await app.CaseAsync("Huang Xueqin", owner.OrganisationId);
        var wang = await app.CaseAsync("Wang Jianbing", owner.OrganisationId);
        await app.LinkAsync(letter.Campaign.Id, huang, wang);
        var addressed = await organizer.PutAsJsonAsync(OnBehalfOf(letter.Slug, aboutWang.Id), new { caseSlug = wang.Slug });
        Assert.Equal(HttpStatusCode.OK, addressed.StatusCode);

        await organizer.SetActionAsync(letter.Slug, wang.Slug, new { status = "NoFurtherAction", date = "2025-03-18", reason = "Released." }).OkJsonAsync();
        await app.SignersAsync(letter.Slug, 2);
        await app.RunDeliveriesAsync();

        var lines = await app.DeliveriesAsync(letter.Campaign.Id);
        Assert.All(lines.Where(d => d.TargetId == aboutWang.Id), d =>
        {
            Assert.Equal(DeliveryStatus.Held, d.Status);
            Assert.Equal("No further action is asked for Wang Jianbing.", d.HeldReason);
        });
        Assert.All(lines.Where(d => d.TargetId == aboutEveryone.Id), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.Empty(app.Mailbox.MessagesTo(aboutWang.Email!));
        Assert.Equal(2, (await app.Mailbox.WaitForMessagesToAsync(aboutEveryone.Email!, 2)).Count);

        await organizer.SetActionAsync(letter.Slug, wang.Slug, new { status = "Continues" }).OkJsonAsync();
        await app.RunDeliveriesAsync();
        Assert.Equal(2, (await app.Mailbox.WaitForMessagesToAsync(aboutWang.Email!, 2)).Count);
    }

    [Fact]
    public async Task Organizer_chooses_on_whose_behalf_a_target_is_addressed_from_the_campaign_page()
    {
        var owner = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, owner: owner);
        var wang = await app.CaseAsync("Wang Jianbing", owner.OrganisationId);
        await app.LinkAsync(letter.Campaign.Id, wang);
        var browser = app.CreatePageClient();
        await Accounts.AccountSteps.SignInAsync(browser, owner.Email, owner.Password);
        var path = $"/organizer/campaigns/{letter.Slug}";

        var saved = await browser.SubmitFormAsync(path, "/on-behalf-of", new Dictionary<string, string> { ["CaseSlug"] = wang.Slug });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var chosen = (await browser.GetDocumentAsync(path)).QuerySelector($"#on-behalf-of-{letter.Target.Id} option[selected]");
        Assert.Equal("Wang Jianbing", chosen.Text());
        var link = await app.WithDbAsync(db => Task.FromResult(db.CampaignTargets.Single(t => t.TargetId == letter.Target.Id)));
        Assert.Equal(wang.Id, link.OnBehalfOfCaseId);
    }

    [Fact]
    public async Task On_behalf_of_must_name_one_of_the_campaigns_people_and_only_its_organizers_may_set_it()
    {
        var owner = await app.Seed.OrganizerAsync();
        var organizer = await app.Seed.ClientForAsync(owner);
        var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, owner: owner);
        var wang = await app.CaseAsync("Wang Jianbing", owner.OrganisationId);
        var elsewhere = await app.CaseAsync("Ilham Tohti", owner.OrganisationId);
        await app.LinkAsync(letter.Campaign.Id, wang);
        var path = OnBehalfOf(letter.Slug, letter.Target.Id);

        var notInCampaign = await organizer.PutAsJsonAsync(path, new { caseSlug = elsewhere.Slug });
        var otherOrganisation = await stranger.PutAsJsonAsync(path, new { caseSlug = wang.Slug });
        var unknownTarget = await organizer.PutAsJsonAsync(OnBehalfOf(letter.Slug, Guid.NewGuid()), new { caseSlug = wang.Slug });

        await Problems.AssertFieldErrorAsync(notInCampaign, "caseSlug");
        await Problems.AssertProblemAsync(otherOrganisation, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(unknownTarget, HttpStatusCode.NotFound);
        var link = await app.WithDbAsync(db => Task.FromResult(db.CampaignTargets.Single(t => t.TargetId == letter.Target.Id)));
        Assert.Null(link.OnBehalfOfCaseId);
    }

    private static string OnBehalfOf(string slug, Guid targetId) => $"/api/organizer/campaigns/{slug}/targets/{targetId}/on-behalf-of";
}
