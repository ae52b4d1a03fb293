using System.Diagnostics;
using Campaigns.Web.Features.Cases;
using Campaigns.Web.Features.Cases.Photos;
using Campaigns.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Bench;

/// <summary>
/// --photos: the case photo pipeline (decode, turn upright, shrink, encode) on a 12-megapixel camera-like JPEG,
/// called in this process with the app's default settings. No app, database or network is involved.
/// </summary>
public static class PhotoBench
{
    private const int Width = 4000, Height = 3000, WarmupRuns = 3;

    public static void Run(BenchOptions options)
    {
        Console.WriteLine($"machine:    {Environment.ProcessorCount} cores, {MachineFacts.CpuModel()}; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        var upload = CameraLikePhoto.Jpeg(Width, Height);
        Console.WriteLine($"input:      {Width}x{Height} baseline JPEG (gradient and noise, quality 90), {upload.Length / 1024.0:N0} KiB");
        using var services = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "").BuildServiceProvider();
        var processor = new PhotoProcessor(Options.Create(new CaseOptions()), services.GetRequiredService<IStringLocalizer<SharedResource>>());
        for (var i = 0; i < WarmupRuns; i++)
        {
            processor.Process(upload);
        }
        var times = new List<double>();
        PhotoOutcome? last = null;
        for (var i = 0; i < options.PhotoRuns; i++)
        {
            var clock = Stopwatch.StartNew();
            last = processor.Process(upload);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var stored = last!.Photo ?? throw new InvalidOperationException($"The photo was refused: {last.Error}");
        var thumbnail = last.Thumbnail!;
        Console.WriteLine($"pipeline:   median {times[times.Count / 2]:N0} ms, fastest {times[0]:N0} ms, slowest {times[^1]:N0} ms over {times.Count} runs after {WarmupRuns} warm-up runs");
        Console.WriteLine($"stored:     {stored.Width}x{stored.Height} {stored.ContentType}, {stored.Content.Length / 1024.0:N0} KiB");
        Console.WriteLine($"thumbnail:  {thumbnail.Width}x{thumbnail.Height} {thumbnail.ContentType}, {thumbnail.Content.Length / 1024.0:N1} KiB");
    }
}
