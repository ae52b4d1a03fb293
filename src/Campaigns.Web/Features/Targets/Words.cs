using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Targets;

/// <summary>Delivery choices as they are written in CSV files and forms: email, post; individual, digest, on_release.</summary>
public static class Words
{
    public static string Of(DeliveryChannel channel) => channel.ToString().ToLowerInvariant();

    public static string Of(DeliveryMode mode) => mode == DeliveryMode.OnRelease ? "on_release" : mode.ToString().ToLowerInvariant();

    public static bool TryRead<T>(string text, out T value) where T : struct, Enum
    {
        var word = text.Trim().Replace("_", "").Replace("-", "").Replace(" ", "");
        return Enum.TryParse(word, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(word, out _);
    }
}
