using System.Net.Http.Headers;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Cases;

public static class PhotoSteps
{
    /// <summary>A signed-in organizer's client and a new case of theirs.</summary>
    public static async Task<(HttpClient Client, string Slug)> OrganizerCaseAsync(this CampaignsAppFactory app)
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        return (client, (await client.CreateCaseAsync()).Slug());
    }

    public static Task<HttpResponseMessage> UploadPhotoAsync(this HttpClient client, string slug, byte[] bytes, string fileName, string contentType = "image/jpeg")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.PutAsync($"/api/organizer/cases/{slug}/photo", new MultipartFormDataContent { { file, "photo", fileName } });
    }

    public static Task<bool> HasPhotoAsync(this CampaignsAppFactory app, string slug) =>
        app.WithDbAsync(db => db.CasePhotos.AnyAsync(p => db.Cases.Any(c => c.Slug == slug && c.Id == p.CaseId)));

    public static Task<byte[]?> StoredThumbnailAsync(this CampaignsAppFactory app, string slug) =>
        app.WithDbAsync(db => db.CasePhotos.Where(p => db.Cases.Any(c => c.Slug == slug && c.Id == p.CaseId)).Select(p => p.Thumbnail).SingleAsync());
}
