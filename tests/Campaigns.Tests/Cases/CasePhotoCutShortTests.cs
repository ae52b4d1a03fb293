using System.Net;
using System.Net.Http.Headers;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using SkiaSharp;

namespace Campaigns.Tests.Cases;

public class CasePhotoCutShortTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_photo_upload_cut_off_in_the_middle_is_refused_with_a_problem_and_stores_nothing()
    {
        var (client, slug) = await app.OrganizerCaseAsync();
        using var form = new MultipartFormDataContent { { Photo(), "photo", "portrait.jpg" } };

        var response = await client.PutAsync($"/api/organizer/cases/{slug}/photo", await CutShortUpload.CutAsync(form));

        Assert.Contains("cut off", Assert.Single(await Problems.AssertFieldErrorAsync(response, "photo")));
        Assert.False(await app.HasPhotoAsync(slug));
    }

    [Fact]
    public async Task A_photo_upload_cut_off_on_the_page_shows_the_reason_and_stores_nothing()
    {
        var browser = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(await app.Seed.OrganizerAsync())).StatusCode);
        var created = await browser.SubmitFormAsync("/organizer/cases/new", "/organizer/cases/new", new Dictionary<string, string>
        {
            ["Name"] = $"Photo Case {Guid.NewGuid():N}"[..19], ["Status"] = "Unknown",
        });
        var manage = created.Headers.Location!.OriginalString;
        var document = await browser.GetDocumentAsync(manage);
        var token = document.QuerySelector("#photo input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { Photo(), "photo", "portrait.jpg" } };

        var response = await browser.PostAsync($"{manage}/photo", await CutShortUpload.CutAsync(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("cut off", page.QuerySelector(".errors").Text());
        Assert.False(await app.HasPhotoAsync(manage.Split('/')[^1]));
    }

    private static ByteArrayContent Photo()
    {
        var photo = new ByteArrayContent(TestPhotos.Halves(400, 300, SKEncodedImageFormat.Jpeg));
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return photo;
    }
}
