using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>A message as anyone may read it: the writer named only as they agreed, never their address.</summary>
public sealed record PublicMessage(Guid Id, MessageAddressee Addressee, string Text, string? FirstName, string? Country, DateTime WrittenAt);

public sealed record PublicMessagePage(string CaseSlug, string CaseName, IReadOnlyList<PublicMessage> Messages, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public class PublicMessages(CampaignsDbContext db)
{
    public const int PageSize = 10;

    public async Task<PublicMessagePage?> PageAsync(string caseSlug, int page, CancellationToken ct)
    {
        var person = await db.Cases.AsNoTracking().Where(c => c.Slug == caseSlug).Select(c => new { c.Id, c.Slug, c.Name }).SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }
        page = Math.Max(1, page);
        var approved = Approved(db.SolidarityMessages.AsNoTracking().Where(m => m.CaseId == person.Id));
        var total = await approved.CountAsync(ct);
        var rows = await approved.OrderByDescending(m => m.ConfirmedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
        return new PublicMessagePage(person.Slug, person.Name, rows.Select(Shown).ToList(), page, PageSize, total);
    }

    /// <summary>The one rule for a message being public: its writer confirmed it and the case's organizers approved it.</summary>
    public static IQueryable<SolidarityMessage> Approved(IQueryable<SolidarityMessage> messages) =>
        messages.Where(m => m.ConfirmedAt != null && m.Review == MessageReview.Approved);

    public static PublicMessage Shown(SolidarityMessage m) => new(m.Id, m.Addressee, m.Text,
        m.Shown == WriterShown.FirstNameAndCountry ? m.FirstName : null,
        m.Shown == WriterShown.Anonymous ? null : m.Country,
        m.ConfirmedAt!.Value);
}
