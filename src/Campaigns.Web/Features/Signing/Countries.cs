using System.Collections.Concurrent;
using System.Globalization;
using Campaigns.Web.Infrastructure.Localization;

namespace Campaigns.Web.Features.Signing;

/// <summary>ISO 3166-1 alpha-2 codes with their names in the visitor's language, for validation and the country pickers.</summary>
public static class Countries
{
    private const string Codes =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
        "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
        "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
        "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    public static readonly IReadOnlyList<string> All = Codes.Split(' ');

    private static readonly HashSet<string> Known = new(All, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);

    private static readonly ConcurrentDictionary<(string Language, string Code), string> Names = new();
    private static readonly ConcurrentDictionary<string, IReadOnlyList<(string Code, string Name)>> Sorted = new();

    /// <summary>The country's name in the current UI language.</summary>
    public static string Name(string code) => Name(code, SupportedCultures.Current);

    /// <summary>Every country in the current UI language, sorted as a reader of that language expects.</summary>
    public static IReadOnlyList<(string Code, string Name)> ByName => Sorted.GetOrAdd(SupportedCultures.Current, language =>
    {
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: false);
        return All.Select(c => (c, Name(c, language))).OrderBy(c => c.Item2, comparer).ToList();
    });

    private static string Name(string code, string language) => Names.GetOrAdd((language, code.ToUpperInvariant()), key =>
    {
        try
        {
            // RegionInfo.DisplayName stays English under ICU; a region's native name in a "language-REGION"
            // culture is its name in that language (zh-Hans-DE: 德国, zh-Hant-DE: 德國).
            return key.Language == SupportedCultures.English
                ? new RegionInfo(key.Code).EnglishName
                : new RegionInfo($"{key.Language}-{key.Code}").NativeName;
        }
        catch (ArgumentException)
        {
            return key.Code;
        }
    });
}
