using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Cases;

namespace Campaigns.Web.Features.Home;

/// <summary>The front page: what the site is for, what can be signed now, and the people it is all about.</summary>
public sealed record HomePage(IReadOnlyList<CampaignListItem> OpenCampaigns, IReadOnlyList<CaseListItem> People, DateOnly Today);
