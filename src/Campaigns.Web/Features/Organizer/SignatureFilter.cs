using Campaigns.Web.Features.Counting;
using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Organizer;

/// <summary>Which signatures an organizer asks for: <c>confirmed</c>, <c>pending</c> or <c>all</c>.</summary>
public static class SignatureFilter
{
    public const string Confirmed = "confirmed";
    public const string Pending = "pending";
    public const string All = "all";

    public static bool IsKnown(string? status) => status is null or Confirmed or Pending or All;

    /// <summary>The filter as the audit log shows it, a key its readers' language has.</summary>
    public static string Label(string status) => status switch
    {
        Confirmed => "Confirmed",
        Pending => "Pending",
        _ => "All",
    };

    public static IQueryable<Signature> Apply(IQueryable<Signature> signatures, string status) => status switch
    {
        Confirmed => signatures.ThatCount(),
        Pending => signatures.ThatArePending(),
        _ => signatures.ThatAreNotInvalidated(),
    };
}

/// <summary>One signature as its campaign's organizers see it, email address included.</summary>
public sealed record SignatureRow(
    string Name, string Email, string Country, string? City, string? Comment, NameDisplay NameDisplay,
    bool EmailUpdates, DateTime CreatedAt, DateTime? ConfirmedAt, Guid Id);
