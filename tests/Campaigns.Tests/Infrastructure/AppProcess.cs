using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// The real app as a child process (<c>dotnet Campaigns.Web.dll</c>) on a free port, configured through
/// environment variables, for tests that kill it the way a crash would.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        BaseAddress = address;
    }

    public Uri BaseAddress { get; }

    /// <summary>The process id, which the app writes into the name of the outbox leases it holds.</summary>
    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app with <paramref name="settings"/> ("Section:Key" form) and waits until it is ready.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var root = RepositoryRoot();
        var configuration = typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(root, "src", "Campaigns.Web", "bin", configuration, "net10.0", "Campaigns.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the app first (dotnet build -c {configuration}); {dll} is missing.");
        }
        var address = new Uri($"http://127.0.0.1:{KestrelAppFactory.FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { dll, "--urls", address.ToString().TrimEnd('/'), "--contentRoot", Path.Combine(root, "src", "Campaigns.Web") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }
        var app = new AppProcess(Process.Start(start)!, address);
        app._process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync();
        return app;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Ends the process at once, as a crash or an OOM kill would: no shutdown, no flushing.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        await Poll.UntilAsync(async () =>
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} while starting:\n{Output}");
            }
            try
            {
                return (await client.GetAsync("/health/ready")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, $"the app at {BaseAddress} to become ready. Output so far:\n{Output}", TimeSpan.FromSeconds(240));
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Campaigns.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No Campaigns.sln above {AppContext.BaseDirectory}.");
    }
}
