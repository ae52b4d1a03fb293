using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Campaigns.Web.Resources;
using FluentValidation;
using FluentValidation.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Infrastructure;

/// <summary>
/// FluentValidation's own messages (for rules without a message of ours) in the request's language,
/// naming each field as the form does.
/// </summary>
public static partial class ValidationLanguage
{
    public static void Use(IStringLocalizer<SharedResource> l)
    {
        ValidatorOptions.Global.LanguageManager = new SiteCultures();
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : l[DisplayName(member)].Value;
    }

    /// <summary>The English name of a field, which is also its resource key: "AddressedTo" reads "Addressed to".</summary>
    public static string DisplayName(MemberInfo member)
    {
        var words = WordStart().Replace(member.Name, " ");
        return words[..1] + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordStart();

    /// <summary>FluentValidation files its Chinese under zh-CN and zh-TW; the site's cultures are zh-Hans and zh-Hant.</summary>
    private sealed class SiteCultures : LanguageManager
    {
        private static readonly CultureInfo Simplified = CultureInfo.GetCultureInfo("zh-CN");
        private static readonly CultureInfo Traditional = CultureInfo.GetCultureInfo("zh-TW");

        public override string GetString(string key, CultureInfo? culture = null) =>
            base.GetString(key, Translated(culture ?? CultureInfo.CurrentUICulture));

        private static CultureInfo Translated(CultureInfo culture)
        {
            for (var c = culture; c.Name.Length > 0; c = c.Parent)
            {
                if (c.Name == "zh-Hant")
                {
                    return Traditional;
                }
                if (c.Name == "zh-Hans")
                {
                    return Simplified;
                }
            }
            return culture;
        }
    }
}
