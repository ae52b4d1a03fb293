using Campaigns.Fingerprints;

namespace Campaigns.Web.Features.Fingerprints;

public sealed record VerifyPage(string? Campaign, Verification? Result);

public sealed record FingerprintsPage(string Slug, string Title, string Language, PublishedHistory History);
