using System.Globalization;

namespace Campaigns.Web.Features.Sharing;

/// <summary>Open Graph names locales as language_TERRITORY; the UI's script-based Chinese cultures map to their usual regions.</summary>
public static class OpenGraphLocale
{
    public static string Current => CultureInfo.CurrentUICulture.Name switch
    {
        "zh-Hans" => "zh_CN",
        "zh-Hant" => "zh_TW",
        "" or "en" => "en_US",
        var name => name.Replace('-', '_'),
    };
}
