using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Letters;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Deliveries;

/// <summary>A released sign-on letter reaches its targets with every signatory the printed letter lists, in the same order.</summary>
public class ReleasedLetterSignatoriesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Released_letter_lists_the_organizers_groups_then_online_signers_who_show_their_name_and_counts_the_others()
    {
        var owner = await app.Seed.OrganizerAsync();
        using var organizer = await app.Seed.ClientForAsync(owner);
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t => t.Mode = DeliveryMode.OnRelease,
            c => c.SignatoryOrder = SignatoryOrder.Alphabetical, owner);
        var family = (await organizer.AddGroupAsync(letter.Slug, new { name = "Family", country = "CA" })).GetProperty("id").GetString()!;
        await organizer.AddSignatoryAsync(letter.Slug, family, new { name = "Ti-Anna Wang", role = "daughter" });
        await organizer.AddSignatoryAsync(letter.Slug, family, new { name = "Anna Wang" });
        var supporters = (await organizer.AddGroupAsync(letter.Slug, new { name = "Friends", receivesOnlineSigners = true })).GetProperty("id").GetString()!;
        await organizer.AddSignatoryAsync(letter.Slug, supporters, new { name = "Zhang Wei", country = "FR" });
        var shown = Assert.Single(await app.SignersAsync(letter.Slug, 1));
        var hidden = Emails.Unique("supporter");
        await app.SignAndConfirmAsync(letter.Slug, new SignatureRequest(hidden, Name: "Hidden Supporter", Country: "FR", PublicName: false));

        var released = await organizer.PostAsync($"/api/organizer/campaigns/{letter.Slug}/release", null);
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        var body = app.Mailbox.SingleMessageTo(letter.Target.Email!).TextBody ?? "";
        string[] inOrder = ["Signatories", "Family (Canada)", "Anna Wang", "Ti-Anna Wang, daughter", "Friends", $"{shown[..14]} (France)", "Zhang Wei (France)", "and 1 more"];
        var positions = inOrder.Select(text => body.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("Hidden Supporter", body);
        Assert.DoesNotContain(shown, body);
        Assert.DoesNotContain(hidden, body);
    }
}
