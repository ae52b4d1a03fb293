namespace Campaigns.Web.Features.Sharing;

/// <summary>What a share offers: the campaign's address and the words that go with it.</summary>
public sealed record ShareSubject(string Slug, string Title, string? Summary);
