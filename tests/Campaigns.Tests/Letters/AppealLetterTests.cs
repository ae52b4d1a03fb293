using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Letters;

public class AppealLetterTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private static readonly object Settings = new
    {
        letterSubject = "Release Dr. Wang Bingzhang",
        editableText = LetterSteps.DefaultParagraph,
        editableMaxLength = 100,
    };

    private async Task<string> AppealAsync()
    {
        var organizer = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        return await app.PublishedLetterAsync(organizer, "appealLetter", LetterSteps.AppealBody, Settings);
    }

    [Fact]
    public async Task Supporters_own_paragraph_is_kept_and_counts_only_after_confirmation()
    {
        var slug = await AppealAsync();
        var email = Emails.Unique();
        var signed = await app.CreateClient().PostAsJsonAsync($"/api/campaigns/{slug}/signatures",
            new { email, name = "Ada Lovelace", country = "GB", city = "London", publicName = true, personalText = "I met his daughter in Ottawa." });
        Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
        await app.CountSignaturesAsync();
        Assert.Equal(0, (await app.Seed.FindCampaignAsync(slug))!.SignatureCount);

        await app.DrainOutboxAsync();
        var confirmation = await app.Mailbox.WaitForMessageToAsync(email);
        await app.CreateClient().ConfirmAsync(confirmation.ConfirmationToken);
        await app.CountSignaturesAsync();

        Assert.Equal(1, (await app.Seed.FindCampaignAsync(slug))!.SignatureCount);
        var stored = await app.WithDbAsync(db => db.Signatures.SingleAsync(s => s.Email == email));
        Assert.Equal("I met his daughter in Ottawa.", stored.PersonalText);
    }

    [Fact]
    public async Task Whole_letter_with_only_the_editable_paragraph_changed_is_accepted()
    {
        var slug = await AppealAsync();
        var email = Emails.Unique();
        var letter = "Dear Minister Wang Yi,\n\nWe ask you to release Dr. Wang Bingzhang.\n\nPlease let him see a doctor.\n\nYours sincerely,\n\nAda Lovelace\nLondon";

        var signed = await app.CreateClient().PostAsJsonAsync($"/api/campaigns/{slug}/signatures",
            new { email, name = "Ada Lovelace", country = "GB", city = "London", letterText = letter });

        Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
        var stored = await app.WithDbAsync(db => db.Signatures.SingleAsync(s => s.Email == email));
        Assert.Equal("Please let him see a doctor.", stored.PersonalText);
    }

    [Fact]
    public async Task Changing_the_letter_outside_the_editable_paragraph_is_refused_and_nothing_is_stored()
    {
        var slug = await AppealAsync();
        var email = Emails.Unique();
        var letter = "Dear Minister Wang Yi,\n\nWe ask you to keep Dr. Wang Bingzhang in prison.\n\nPlease let him see a doctor.\n\nYours sincerely,\n\nAda Lovelace\nLondon";

        var signed = await app.CreateClient().PostAsJsonAsync($"/api/campaigns/{slug}/signatures",
            new { email, name = "Ada Lovelace", country = "GB", city = "London", letterText = letter });

        var messages = await Problems.AssertFieldErrorAsync(signed, "letterText");
        Assert.Contains("Only the paragraph marked as editable can be changed.", messages);
        Assert.False(await app.WithDbAsync(db => db.Signatures.AnyAsync(s => s.Email == email)));
    }

    [Fact]
    public async Task Paragraph_over_the_limit_is_refused_with_its_length_and_nothing_is_stored()
    {
        var slug = await AppealAsync();
        var email = Emails.Unique();

        var signed = await app.CreateClient().PostAsJsonAsync($"/api/campaigns/{slug}/signatures",
            new { email, name = "Ada Lovelace", country = "GB", personalText = new string('x', 150) });

        var messages = await Problems.AssertFieldErrorAsync(signed, "personalText");
        Assert.Contains("Your paragraph is 150 characters; the limit is 100.", messages);
        Assert.False(await app.WithDbAsync(db => db.Signatures.AnyAsync(s => s.Email == email)));
    }

    [Fact]
    public async Task A_paragraph_for_a_petition_is_a_field_error()
    {
        var petition = await app.Seed.PetitionAsync();

        var signed = await app.CreateClient().PostAsJsonAsync($"/api/campaigns/{petition.Slug}/signatures",
            new { email = Emails.Unique(), name = "Ada Lovelace", country = "GB", personalText = "Mine." });

        Assert.Contains("This letter has no paragraph that supporters can change.", await Problems.AssertFieldErrorAsync(signed, "personalText"));
    }

    [Fact]
    public async Task Campaign_page_shows_the_letter_to_the_first_target_and_previews_it_with_the_supporters_words_without_script()
    {
        var slug = await AppealAsync();
        var client = app.CreatePageClient();

        var page = await client.GetDocumentAsync($"/campaigns/{slug}");
        var preview = await HtmlForms.ParseAsync(await client.SubmitFormAsync($"/campaigns/{slug}", "/sign", new Dictionary<string, string>
        {
            ["Name"] = "Grace Hopper", ["City"] = "Arlington", ["PersonalText"] = "Please let him go home.", ["Command"] = "preview",
        }));

        var letter = page.QuerySelector("#letter").Text();
        Assert.Contains("Dear Minister Wang Yi,", letter);
        Assert.Contains(LetterSteps.DefaultParagraph, page.QuerySelector("#letter .letter-editable").Text());
        Assert.Equal(LetterSteps.DefaultParagraph, page.QuerySelector("textarea#PersonalText")!.TextContent);
        var previewed = preview.QuerySelector("#letter").Text();
        Assert.Contains("Please let him go home.", previewed);
        Assert.Contains("Grace Hopper Arlington", previewed);
        Assert.Equal(0, await app.WithDbAsync(db => db.Signatures.CountAsync(s => s.Campaign!.Slug == slug)));
    }

    [Fact]
    public async Task Published_letter_keeps_its_editable_rules_but_its_date_can_change()
    {
        var organizer = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = await app.PublishedLetterAsync(organizer, "appealLetter", LetterSteps.AppealBody, Settings);

        var rewritten = await organizer.PutAsJsonAsync($"/api/organizer/campaigns/{slug}/letter",
            new { letterSubject = "Release Dr. Wang Bingzhang", editableText = "Something else.", editableMaxLength = 100 });
        var redated = await organizer.PutAsJsonAsync($"/api/organizer/campaigns/{slug}/letter",
            new { letterSubject = "Release Dr. Wang Bingzhang", editableText = LetterSteps.DefaultParagraph, editableMaxLength = 100, letterDate = "2026-12-10" });

        await Problems.AssertProblemAsync(rewritten, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, redated.StatusCode);
        Assert.Equal(new DateOnly(2026, 12, 10), (await app.Seed.FindCampaignAsync(slug))!.LetterDate);
    }

    [Fact]
    public async Task Letter_text_with_unknown_placeholders_or_an_editable_paragraph_without_its_place_is_refused()
    {
        var organizer = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var unknown = await organizer.PostAsJsonAsync("/api/organizer/campaigns",
            LetterSteps.NewLetter("appealLetter", "{salutation}, free {prisoner_name} now, {signer}."));
        var slug = await Organizer.OrganizerSteps.CreatedSlugAsync(organizer, LetterSteps.NewLetter("appealLetter", "{salutation}, free him."));

        var misplaced = await organizer.PutAsJsonAsync($"/api/organizer/campaigns/{slug}/letter", new { editableText = "Mine." });

        var messages = await Problems.AssertFieldErrorAsync(unknown, "body");
        Assert.Contains("{prisoner_name}, {signer}", messages.Single());
        Assert.Contains("{editable}", (await Problems.AssertFieldErrorAsync(misplaced, "editableText")).Single());
        Assert.Equal(CampaignKind.AppealLetter, (await app.Seed.FindCampaignAsync(slug))!.Kind);
    }
}
