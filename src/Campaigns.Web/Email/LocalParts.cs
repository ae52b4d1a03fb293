using System.Text;

namespace Campaigns.Web.Email;

/// <summary>
/// The part of an address before the @. A domain in any script can travel as punycode; a local part outside
/// ASCII (王小明@example.org) can only be delivered through a relay that offers SMTPUTF8.
/// </summary>
public static class LocalParts
{
    public static bool NeedSmtpUtf8(string address)
    {
        var at = address.LastIndexOf('@');
        return !Ascii.IsValid(at < 0 ? address : address[..at]);
    }
}
