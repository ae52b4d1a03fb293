using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Deliveries;

/// <summary>An official reading a digest learns a signer's name only as the signer agreed to be named in public.</summary>
public class DigestSignerPrivacyTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Digest_names_signers_as_they_chose_and_only_counts_those_who_asked_not_to_be_named()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.Petition, t =>
        {
            t.Mode = DeliveryMode.Digest;
            t.DigestThreshold = 3;
        });
        await app.SignAndConfirmAsync(letter.Slug, new SignatureRequest(Emails.Unique("full"), Name: "Marie Curie", Country: "FR", City: "Paris"));
        await app.SignAndConfirmAsync(letter.Slug, new SignatureRequest(Emails.Unique("initials"), Name: "Lise Meitner", Country: "AT", City: "Wien", InitialsOnly: true));
        await app.SignAndConfirmAsync(letter.Slug, new SignatureRequest(Emails.Unique("hidden"), Name: "Emmy Noether", Country: "DE", City: "Erlangen", PublicName: false));

        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        var digest = app.Mailbox.SingleMessageTo(letter.Target.Email!).TextBody;
        Assert.Contains("Signed by 3 people from 3 countries", digest);
        Assert.Contains("Marie Curie, Paris", digest);
        Assert.Contains("L.M.", digest);
        Assert.DoesNotContain("Lise Meitner", digest);
        Assert.DoesNotContain("Wien", digest);
        Assert.DoesNotContain("Emmy Noether", digest);
        Assert.DoesNotContain("Erlangen", digest);
        Assert.Contains("and 1 more who asked not to be named", digest);
    }
}
