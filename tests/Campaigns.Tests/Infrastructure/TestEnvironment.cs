namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// The services a test run may use, read from CAMPAIGNS_TEST_* variables (see deploy/ci/env.sh).
/// Without them the database suites use SQLite and the SMTP and browser suites are skipped; with
/// CAMPAIGNS_TEST_REQUIRE_ALL=1 a missing service fails the tests that need it instead.
/// </summary>
public static class TestEnvironment
{
    public static string? Postgres => Read("CAMPAIGNS_TEST_POSTGRES");

    public static string? Chromium => Read("CAMPAIGNS_TEST_CHROMIUM");

    public static bool RequireAll => Read("CAMPAIGNS_TEST_REQUIRE_ALL") == "1";

    public static SmtpServer? Smtp =>
        Read("CAMPAIGNS_TEST_SMTP_HOST") is { } host
        && int.TryParse(Read("CAMPAIGNS_TEST_SMTP_PORT"), out var port)
        && Read("CAMPAIGNS_TEST_MAILDIR") is { } maildir
        && Read("CAMPAIGNS_TEST_SMTP_CONTROL") is { } control
            ? new SmtpServer(host, port, maildir, control)
            : null;

    public static string DatabaseProvider => Postgres is null ? "SQLite" : "PostgreSQL";

    public static SmtpServer RequireSmtp() => Smtp ?? throw Missing(
        "an SMTP server", "CAMPAIGNS_TEST_SMTP_HOST, CAMPAIGNS_TEST_SMTP_PORT, CAMPAIGNS_TEST_MAILDIR and CAMPAIGNS_TEST_SMTP_CONTROL");

    public static string RequireChromium() => Chromium ?? throw Missing("Chromium", "CAMPAIGNS_TEST_CHROMIUM");

    /// <summary>Fails a PostgreSQL-only check when CI promised PostgreSQL but the variable is missing.</summary>
    public static void DemandPostgresWhenRequired()
    {
        if (RequireAll && Postgres is null)
        {
            throw Missing("PostgreSQL", "CAMPAIGNS_TEST_POSTGRES");
        }
    }

    private static InvalidOperationException Missing(string service, string variables) => new(
        $"This test needs {service}, which is not configured (set {variables}). Run deploy/ci/start-services.sh and " +
        "`source deploy/ci/env.sh`, or unset CAMPAIGNS_TEST_REQUIRE_ALL to skip it.");

    private static string? Read(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
