using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Tests.Retention;

namespace Campaigns.Tests.Paper;

[Collection(RetentionCollection.Name)]
public class PaperScanRetentionTests(RetentionAppFactory app)
{
    [Fact]
    public async Task Scans_of_paper_sheets_go_with_the_signers_data_and_the_batch_keeps_counting()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var api = await app.Seed.ClientForAsync(organizer);
        var petition = await app.Seed.PetitionAsync(owner: organizer, targets: 0);
        var created = await api.RecordBatchAsync(petition.Slug, 64, DateOnly.FromDateTime(app.Clock.UtcNow).ToString("yyyy-MM-dd"));
        var batch = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var scan = Cases.TestPhotos.Solid(900, 600, Cases.TestPhotos.Red, SkiaSharp.SKEncodedImageFormat.Png);
        var uploaded = await api.PostAsync($"{PaperSteps.Batches(petition.Slug)}/{batch}/scans", new ByteArrayContent(scan));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var scanPath = uploaded.Headers.Location!.ToString();
        Assert.Equal("image/jpeg", (await api.GetAsync(scanPath)).Content.Headers.ContentType?.MediaType);
        await app.CountSignaturesAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.CloseAsync(petition.Slug, "Thank you all.")).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(130));
        await app.RunRetentionAsync();
        api = await app.Seed.ClientForAsync(organizer);

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(scanPath)).StatusCode);
        var batches = await api.JsonAsync(PaperSteps.Batches(petition.Slug));
        Assert.Equal(64, batches.GetProperty("onPaper").GetInt32());
        Assert.Equal(0, batches.GetProperty("batches")[0].GetProperty("scans").GetArrayLength());
        await app.ReconcileCountsAsync();
        Assert.Equal(64, (await app.CountsAsync(petition.Slug)).GetProperty("paper").GetInt32());
    }
}
