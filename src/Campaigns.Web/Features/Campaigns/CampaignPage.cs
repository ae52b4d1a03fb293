using Campaigns.Web.Features.Signing;

namespace Campaigns.Web.Features.Campaigns;

public sealed record CampaignPage(CampaignDetail Campaign, string BodyHtml, IReadOnlyList<RecentSigner> Signers, bool IsOpen, SignForm Form);
