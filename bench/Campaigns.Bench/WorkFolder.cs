namespace Campaigns.Bench;

public static class WorkFolder
{
    /// <summary>Removes the run's files, but keeps the app's log when it has something to say.</summary>
    public static void Clean(string workDir)
    {
        var log = new FileInfo(Path.Combine(workDir, "app.log"));
        if (log.Exists && log.Length > 0)
        {
            foreach (var dir in Directory.EnumerateDirectories(workDir))
            {
                Directory.Delete(dir, recursive: true);
            }
            return;
        }
        Directory.Delete(workDir, recursive: true);
    }
}
