using Campaigns.Tests.Infrastructure;
using Campaigns.Verify;

namespace Campaigns.Tests.Fingerprints;

/// <summary>The documented command, run on files saved from the site: the organizer's export and the published JSON.</summary>
public sealed class VerifyCommandTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("verify-");

    private async Task<(string Export, string Published, DateOnly First)> SavedFilesAsync()
    {
        var owner = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: owner);
        var first = app.Today();
        await app.ConfirmedSignaturesAsync(petition.Slug, 2);
        app.NextDay();
        await app.ConfirmedSignaturesAsync(petition.Slug, 2);
        app.NextDay();
        await app.FingerprintAsync();
        var export = await (await app.Seed.ClientForAsync(owner)).ExportAsync(petition.Slug);
        var published = Path.Combine(_folder.FullName, "fingerprints.json");
        await File.WriteAllTextAsync(published, await app.CreateClient().GetStringAsync($"/api/campaigns/{petition.Slug}/fingerprints"));
        return (export, published, first);
    }

    private async Task<(int Exit, string Output)> RunAsync(string export, string published)
    {
        var file = Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, export);
        var output = new StringWriter();
        using var http = new HttpClient();
        var exit = await VerifyCommand.RunAsync([file, published], output, http);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task An_honest_export_prints_ok_for_every_day_and_exits_zero()
    {
        var (export, published, first) = await SavedFilesAsync();

        var (exit, output) = await RunAsync(export, published);

        Assert.Equal(VerifyCommand.Matches, exit);
        Assert.Contains($"{first:yyyy-MM-dd}  OK", output);
        Assert.Contains($"{first.AddDays(1):yyyy-MM-dd}  OK", output);
        Assert.Contains($"OK. The export matches every fingerprint up to {first.AddDays(1):yyyy-MM-dd}: 4 confirmed signatures", output);
    }

    [Fact]
    public async Task A_row_of_an_earlier_day_changed_is_named_as_the_first_day_that_differs()
    {
        var (export, published, first) = await SavedFilesAsync();
        var rewritten = FingerprintSteps.Tampered(export, rows => [.. rows.Take(3), rows[3].Replace($"{first.AddDays(1):yyyy-MM-dd}T", $"{first:yyyy-MM-dd}T"), .. rows.Skip(4)]);

        var (exit, output) = await RunAsync(rewritten, published);

        Assert.Equal(VerifyCommand.Differs, exit);
        Assert.Contains($"{first:yyyy-MM-dd}  DIFFERS", output);
        Assert.Contains($"DIFFERS. First day that differs: {first:yyyy-MM-dd}", output);
    }

    [Fact]
    public async Task Edited_published_fingerprints_show_as_a_broken_chain()
    {
        var (export, published, first) = await SavedFilesAsync();
        var json = await File.ReadAllTextAsync(published);
        await File.WriteAllTextAsync(published, json.Replace("\"total\":2", "\"total\":1"));

        var (exit, output) = await RunAsync(export, published);

        Assert.Equal(VerifyCommand.Differs, exit);
        Assert.Contains($"{first:yyyy-MM-dd}  BROKEN CHAIN", output);
    }

    [Fact]
    public async Task A_file_that_is_not_an_export_is_refused_with_the_reason()
    {
        var (_, published, _) = await SavedFilesAsync();

        var (exit, output) = await RunAsync("name,email\nAda,ada@example.org\n", published);

        Assert.Equal(VerifyCommand.Unreadable, exit);
        Assert.Contains("it needs the columns signature_id and confirmed_at", output);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
