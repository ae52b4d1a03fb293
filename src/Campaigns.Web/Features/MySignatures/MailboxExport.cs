using System.Text.Json;
using System.Text.Json.Serialization;

namespace Campaigns.Web.Features.MySignatures;

/// <summary>The download is meant to be read by people too: indented, with choices and states spelled out.</summary>
public static class MailboxExport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
