namespace Campaigns.Tests.Infrastructure;

/// <summary>A test that talks to the real SMTP server; skipped on a bare machine unless CAMPAIGNS_TEST_REQUIRE_ALL=1.</summary>
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute()
    {
        if (TestEnvironment.Smtp is null && !TestEnvironment.RequireAll)
        {
            Skip = "No SMTP server: set CAMPAIGNS_TEST_SMTP_HOST/PORT, CAMPAIGNS_TEST_MAILDIR and CAMPAIGNS_TEST_SMTP_CONTROL (deploy/ci/env.sh).";
        }
    }
}

/// <summary>A test that drives Chromium; skipped on a bare machine unless CAMPAIGNS_TEST_REQUIRE_ALL=1.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (TestEnvironment.Chromium is null && !TestEnvironment.RequireAll)
        {
            Skip = "No browser: set CAMPAIGNS_TEST_CHROMIUM (deploy/ci/env.sh).";
        }
    }
}

/// <summary>A test that only means something on PostgreSQL (advisory locks, SKIP LOCKED); skipped on SQLite runs.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestEnvironment.Postgres is null && !TestEnvironment.RequireAll)
        {
            Skip = "No PostgreSQL: set CAMPAIGNS_TEST_POSTGRES (deploy/ci/env.sh).";
        }
    }
}

/// <summary>A browser test run once per row of data; skipped like <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (TestEnvironment.Chromium is null && !TestEnvironment.RequireAll)
        {
            Skip = "No browser: set CAMPAIGNS_TEST_CHROMIUM (deploy/ci/env.sh).";
        }
    }
}
