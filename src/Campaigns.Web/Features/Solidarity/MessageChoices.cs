namespace Campaigns.Web.Features.Solidarity;

/// <summary>Reads a choice sent by name ("Family", "countryOnly"), never by number, so the API and the form agree.</summary>
public static class MessageChoices
{
    public static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);
}
