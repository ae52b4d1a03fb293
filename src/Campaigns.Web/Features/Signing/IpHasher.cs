using System.Net;
using System.Security.Cryptography;
using System.Text;
using Campaigns.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Signing;

/// <summary>Keeps only a salted hash of a signer's address: enough to spot abuse, useless to identify anyone.</summary>
public class IpHasher(IOptions<CampaignsOptions> options)
{
    private readonly byte[] _salt = Encoding.UTF8.GetBytes(options.Value.IpHashSalt);

    public string? Hash(IPAddress? address) =>
        address is null ? null : Convert.ToHexStringLower(HMACSHA256.HashData(_salt, address.GetAddressBytes()));
}
