using Campaigns.Web.Domain;
using Campaigns.Web.Features.Tracking;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Counting;

/// <summary>
/// Support in words, the same on every surface: what a campaign's figure counts (signatures, letters, co-signing
/// organisations) and, where it matters, the parts counted before this site, listed by the organizers or signed on paper.
/// The number is passed in formatted (or as live markup) so pages can keep it updatable.
/// </summary>
public static class SupportText
{
    public static Words<LocalizedHtmlString> Html(IHtmlLocalizer l) => new((key, args) => l[key, args]);

    public static Words<string> Plain(IStringLocalizer<SharedResource> l) => new((key, args) => l[key, args].Value);

    public static IHtmlContent LiveNumber(int count) =>
        new HtmlString($"<span class=\"count\" data-count>{count:N0}</span>");

    /// <summary>The campaign page's sentence: "1,030 people have signed", "32 organisations have co-signed".</summary>
    public static T Headline<T>(Words<T> l, CampaignSupport s, object number) => (s.Kind, s.Individuals, s.Organisations, s.Total) switch
    {
        (CampaignKind.JointStatement, 0, _, 1) => l["{0} organisation has co-signed", number],
        (CampaignKind.JointStatement, 0, _, _) => l["{0} organisations have co-signed", number],
        (_, _, > 0, 1) => l["{0} signatory", number],
        (_, _, > 0, _) => l["{0} signatories", number],
        (CampaignKind.AppealLetter, _, _, 1) => l["{0} person has written", number],
        (CampaignKind.AppealLetter, _, _, _) => l["{0} people have written", number],
        (_, _, _, 1) => l["{0} person has signed", number],
        _ => l["{0} people have signed", number],
    };

    /// <summary>The parts that explain the figure, each as "of which …"; nothing when all of it was given on this site.</summary>
    public static IReadOnlyList<T> Parts<T>(Words<T> l, CampaignSupport s)
    {
        var parts = new List<T>();
        if (s.Historical > 0)
        {
            parts.Add(s.HistoricalOn is { } on
                ? l["of which {0} before this site, as of {1:d MMMM yyyy}", s.Historical.ToString("N0"), on]
                : l["of which {0} before this site", s.Historical.ToString("N0")]);
        }
        if (s.Listed > 0)
        {
            parts.Add(l["of which {0} listed by the organizers", s.Listed.ToString("N0")]);
        }
        if (s.Paper > 0)
        {
            parts.Add(l["of which {0} on paper", s.Paper.ToString("N0")]);
        }
        if (s.Organisations > 0 && s.Individuals > 0)
        {
            parts.Add(s.Organisations == 1
                ? l["of which {0} organisation", s.Organisations.ToString("N0")]
                : l["of which {0} organisations", s.Organisations.ToString("N0")]);
        }
        return parts;
    }

    /// <summary>A short figure for lists, embeds and badges: "1,030 signatures", "32 organisations", "12 letters".</summary>
    public static T Figure<T>(Words<T> l, CampaignSupport s, object number) => s switch
    {
        { Kind: CampaignKind.JointStatement, Individuals: 0, Total: 1 } => l["{0} organisation", number],
        { Kind: CampaignKind.JointStatement, Individuals: 0 } => l["{0} organisations", number],
        { Kind: CampaignKind.AppealLetter } => Figure(l, 0, s.Individuals, s.Organisations, number),
        _ => Figure(l, s.Individuals, 0, s.Organisations, number),
    };

    public static T Figure<T>(Words<T> l, Tally t, object number) => Figure(l, t.Signatures, t.Letters, t.Organisations, number);

    private static T Figure<T>(Words<T> l, int signatures, int letters, int organisations, object number)
    {
        var total = signatures + letters + organisations;
        return (signatures, letters, organisations, total) switch
        {
            (0, 0, _, 1) => l["{0} organisation", number],
            (0, 0, > 0, _) => l["{0} organisations", number],
            (_, _, > 0, 1) => l["{0} signatory", number],
            (_, _, > 0, _) => l["{0} signatories", number],
            (0, > 0, _, 1) => l["{0} letter", number],
            (0, > 0, _, _) => l["{0} letters", number],
            (> 0, > 0, _, _) => l["{0} signatures and letters", number],
            (_, _, _, 1) => l["{0} signature", number],
            _ => l["{0} signatures", number],
        };
    }

    /// <summary>A localizer of either kind, so one wording serves pages (HTML) and badges and emails (text).</summary>
    public sealed class Words<T>(Func<string, object[], T> localize)
    {
        public T this[string key, params object[] arguments] => localize(key, arguments);
    }
}
