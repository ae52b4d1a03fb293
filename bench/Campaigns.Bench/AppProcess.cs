using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Campaigns.Bench;

/// <summary>The real web app, started from its Release build as a child process with production settings.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private bool _closed;

    private AppProcess(Process process, StreamWriter log, Uri baseAddress, string logPath)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public Uri BaseAddress { get; }
    public string LogPath { get; }
    public int Pid => _process.Id;
    public int LogLines { get; private set; }
    public bool HasExited => _process.HasExited;

    public static AppProcess Start(BenchOptions options, string connectionString, string workDir)
    {
        if (!File.Exists(options.AppDll))
        {
            throw new FileNotFoundException($"{options.AppDll} is missing; run `dotnet build -c Release` first.");
        }
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { options.AppDll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", options.ContentRoot },
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in AppSettings.For(options, connectionString, port, workDir))
        {
            start.Environment[key] = value;
        }
        var logPath = Path.Combine(workDir, "app.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        var app = new AppProcess(process, log, new Uri($"http://127.0.0.1:{port}"), logPath);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    public async Task WaitUntilReadyAsync(HttpClient http, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}; see {LogPath}.");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "/health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The app was not ready within {timeout.TotalSeconds} s; see {LogPath}.");
    }

    /// <summary>The distinct log entries (level, category and first message line), most frequent first.</summary>
    public IEnumerable<string> LogEntries(int take) =>
        AppLogEntries.Read(File.ReadAllLines(LogPath))
            .GroupBy(entry => entry.Length > 200 ? entry[..200] : entry)
            .OrderByDescending(g => g.Count())
            .Take(take)
            .Select(g => $"{g.Count(),6} x {g.Key}");

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        lock (_log)
        {
            _closed = true;
            _log.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            if (_closed)
            {
                return;
            }
            LogLines++;
            _log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
