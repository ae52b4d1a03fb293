namespace Campaigns.Tests.Retention;

/// <summary>The retention tests share one app: each moves the clock only forward from what it arranged itself.</summary>
[CollectionDefinition(Name)]
public sealed class RetentionCollection : ICollectionFixture<RetentionAppFactory>
{
    public const string Name = "Retention";
}
