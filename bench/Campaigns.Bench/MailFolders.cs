namespace Campaigns.Bench;

/// <summary>Where the app's emails land: the run's own pickup folder, or the SMTP sink's Maildir shared with the tests.</summary>
public static class MailFolders
{
    public static IReadOnlyList<string> Of(BenchOptions options, string workDir)
    {
        if (!options.Smtp)
        {
            return [AppSettings.MailDirectory(workDir)];
        }
        var maildir = Environment.GetEnvironmentVariable("CAMPAIGNS_TEST_MAILDIR") is { Length: > 0 } fromEnv
            ? fromEnv
            : "/tmp/campaigns-ci/maildir";
        return [Path.Combine(maildir, "new"), Path.Combine(maildir, "cur")];
    }

    /// <summary>Takes the run's messages out of the shared Maildir, so the tests do not have to read past them.</summary>
    public static int RemoveFromSharedMaildir(BenchOptions options, string runTag)
    {
        if (!options.Smtp)
        {
            return 0;
        }
        var removed = 0;
        foreach (var file in Of(options, "").Where(Directory.Exists).SelectMany(Directory.EnumerateFiles))
        {
            if (File.ReadLines(file).Take(30).Any(line => line.Contains(runTag, StringComparison.Ordinal)))
            {
                File.Delete(file);
                removed++;
            }
        }
        return removed;
    }
}
