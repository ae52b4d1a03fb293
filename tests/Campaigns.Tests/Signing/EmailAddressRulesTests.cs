using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Signing;

public class EmailAddressRulesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Theory]
    [InlineData("Someone <someone@example.org>")]
    [InlineData("a b@example.org")]
    [InlineData("someone@example.org, other@example.org")]
    [InlineData("someone")]
    public async Task Only_a_bare_email_address_is_accepted_so_mail_goes_where_duplicates_are_checked(string email)
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(email));

        await Problems.AssertFieldErrorAsync(response, "email");
        await app.DrainOutboxAsync();
        Assert.Empty(app.Mailbox.MessagesTo("someone@example.org"));
    }
}
