using Campaigns.Web.Features.Signing;
using Microsoft.AspNetCore.DataProtection;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>The link to a supporter's receipt page: their signature's id, sealed, so no login is needed.</summary>
public sealed class LetterReceiptTokens(IDataProtectionProvider provider) : SignatureTokens(provider, "Campaigns.LetterReceipt.v1");
