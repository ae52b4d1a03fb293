using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Localization;

public class CountWordingTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task One_signature_is_singular_and_more_are_plural_with_grouped_digits()
    {
        var one = await app.Seed.PetitionAsync();
        var two = await app.Seed.PetitionAsync();
        await app.SignAndConfirmAsync(one.Slug, new SignatureRequest(Emails.Unique()));
        await app.SignAndConfirmAsync(two.Slug, new SignatureRequest(Emails.Unique()));
        await app.SignAndConfirmAsync(two.Slug, new SignatureRequest(Emails.Unique()));
        await app.CountSignaturesAsync();

        var page = await app.CreatePageClient().GetDocumentAsync("/campaigns?pageSize=100");

        Assert.Contains("· 1 signature ·", CountOf(page, one.Slug));
        Assert.Contains("· 2 signatures ·", CountOf(page, two.Slug));
    }

    private static string CountOf(AngleSharp.Html.Dom.IHtmlDocument page, string slug) =>
        string.Join(" ", page.QuerySelector($"a[href='/campaigns/{slug}']")!.Closest("li")!.QuerySelector("p.muted")!.Text()
            .Split((char[])['\n', ' '], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
