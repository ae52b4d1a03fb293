using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Cases;

namespace Campaigns.Web.Features.Following;

/// <summary>Emails a case's followers about each new timeline entry, committed with the entry.</summary>
public class FollowersHearOfCaseUpdates(CampaignsDbContext db) : ICaseUpdateListener
{
    public Task OnAddedAsync(Case person, CaseUpdate update, DateTime now, CancellationToken ct) =>
        FollowerNews.EnqueueCaseUpdateAsync(db, person.Id, update.Id, now, ct);
}
