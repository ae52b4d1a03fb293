using System.Linq.Expressions;
using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Counting;

/// <summary>
/// The one rule for a signature that counts, and so may be counted, listed, exported or carried to officials:
/// its signer confirmed it and no admin has invalidated it.
/// </summary>
public static class CountedSignatures
{
    public static readonly Expression<Func<Signature, bool>> Counts = s => s.ConfirmedAt != null && s.InvalidationId == null;

    /// <summary>Waiting for its signer's confirmation, and not taken out by an admin.</summary>
    public static readonly Expression<Func<Signature, bool>> Pending = s => s.ConfirmedAt == null && s.InvalidationId == null;

    public static IQueryable<Signature> ThatCount(this IQueryable<Signature> signatures) => signatures.Where(Counts);

    public static IQueryable<Signature> ThatArePending(this IQueryable<Signature> signatures) => signatures.Where(Pending);

    public static IQueryable<Signature> ThatAreNotInvalidated(this IQueryable<Signature> signatures) => signatures.Where(s => s.InvalidationId == null);
}
