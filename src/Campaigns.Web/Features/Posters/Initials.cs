using System.Globalization;

namespace Campaigns.Web.Features.Posters;

/// <summary>
/// A name's initials for a portrait placeholder: the first letters of the first and last words ("Huang Xueqin":
/// "HX"), or the first character of a name written without spaces ("王炳章": "王").
/// </summary>
public static class Initials
{
    public static string Of(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words switch
        {
            [] => "",
            [var only] => First(only),
            _ => First(words[0]) + First(words[^1]),
        };
    }

    private static string First(string word) => StringInfo.GetNextTextElement(word).ToUpper(CultureInfo.CurrentCulture);
}
