using System.Diagnostics;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// The test SMTP sink (deploy/ci/smtp-maildir.py). Its fail modes are files in a control folder that every
/// test run on the machine shares, so sending takes a shared lock and switching a fail mode takes an
/// exclusive one: a test that makes the server refuse mail never disturbs another test's delivery.
/// </summary>
public sealed record SmtpServer(string Host, int Port, string Maildir, string ControlDirectory)
{
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(3);

    public Mailbox Mailbox => Mailbox.Maildir(Maildir);

    /// <summary>Held while this test expects the server to accept mail.</summary>
    public Task<IDisposable> ShareAsync() => LockAsync(exclusive: false);

    /// <summary>Holds the server alone, to switch its fail modes; disposing restores normal delivery.</summary>
    public async Task<SmtpFaults> TakeFaultControlAsync() => new(this, await LockAsync(exclusive: true));

    private async Task<IDisposable> LockAsync(bool exclusive)
    {
        Directory.CreateDirectory(ControlDirectory);
        var path = Path.Combine(ControlDirectory, "tests.lock");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // On Unix, FileShare.None takes flock(LOCK_EX) and a read-only open with sharing takes LOCK_SH.
                return exclusive
                    ? new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)
                    : OpenShared(path);
            }
            catch (IOException) when (clock.Elapsed < LockWait)
            {
                await Task.Delay(Random.Shared.Next(20, 80));
            }
        }
    }

    private static FileStream OpenShared(string path)
    {
        if (!File.Exists(path))
        {
            using (new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite))
            {
            }
        }
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
    }
}

/// <summary>Switches the SMTP sink between accepting, refusing (451) and rejecting (550) mail.</summary>
public sealed class SmtpFaults(SmtpServer server, IDisposable exclusiveLock) : IDisposable
{
    public bool IsActive { get; private set; } = true;

    public void Refuse() => Switch(refuse: true, reject: false);

    public void Reject() => Switch(refuse: false, reject: true);

    public void Accept() => Switch(refuse: false, reject: false);

    public void Dispose()
    {
        if (!IsActive)
        {
            return;
        }
        Accept();
        IsActive = false;
        exclusiveLock.Dispose();
    }

    private void Switch(bool refuse, bool reject)
    {
        Set("refuse", refuse);
        Set("reject", reject);
    }

    private void Set(string mode, bool on)
    {
        var path = Path.Combine(server.ControlDirectory, mode);
        if (on)
        {
            File.WriteAllText(path, "");
        }
        else
        {
            File.Delete(path);
        }
    }
}
