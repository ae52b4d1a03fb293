using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace Campaigns.Web.Jobs;

/// <summary>
/// Hangfire logs through one static provider per process. Where several hosts share a process (the test suite) a
/// stopped host's logger factory may be disposed while Hangfire still asks it for loggers, including from static
/// initialisers that would then fail for the rest of the process; such loggers are silent instead.
/// </summary>
public sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return new Tolerant(_inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new Tolerant(null);
        }
    }

    private sealed class Tolerant(ILog? inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner?.Log(logLevel, messageFunc!, exception) ?? false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
