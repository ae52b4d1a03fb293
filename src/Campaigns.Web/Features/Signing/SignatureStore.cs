using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Signing;

/// <summary>
/// Stores a signature together with its confirmation email, or nothing when the same person already signed
/// the campaign. The database's unique index decides, without an exception: a repeat costs no more than a
/// first signature and leaves no error in the logs for anyone to flood. On PostgreSQL concurrent signatures
/// share a transaction (<see cref="SignatureWriter"/>); SQLite has one writer at a time anyway.
/// </summary>
public class SignatureStore(CampaignsDbContext db, SignatureWriter writer)
{
    private const string InsertSignature = """
        INSERT INTO "Signatures" ("Id", "CampaignId", "Name", "Email", "EmailNormalized", "Country", "City", "Comment",
                                  "NameDisplay", "EmailUpdates", "IpHash", "CreatedAt",
                                  "Kind", "OrganisationName", "OrganisationDomain", "SignerRole", "PersonalText", "Culture")
        VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}, {13}, {14}, {15}, {16}, {17})
        ON CONFLICT ("CampaignId", "EmailNormalized") DO NOTHING
        """;

    private const string InsertEmail = """
        INSERT INTO "OutboxMessages" ("Kind", "DeliveryKey", "Payload", "CreatedAt", "AvailableAt", "Attempts")
        VALUES ({0}, {1}, {2}, {3}, {3}, 0)
        """;

    public async Task<bool> AddAsync(Signature signature, OutboxMessage email, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            return await writer.StoreAsync(new PendingSignature(signature, email)).WaitAsync(ct);
        }
        // EF binds each value with the provider's own mapping, so ids and times are stored as its queries expect.
        object?[] signatureValues =
        [
            signature.Id, signature.CampaignId, signature.Name, signature.Email, signature.EmailNormalized,
            signature.Country, signature.City, signature.Comment, signature.NameDisplay.ToString(),
            signature.EmailUpdates, signature.IpHash, signature.CreatedAt,
            signature.Kind.ToString(), signature.OrganisationName, signature.OrganisationDomain, signature.SignerRole, signature.PersonalText,
            signature.Culture,
        ];
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Database.ExecuteSqlRawAsync(InsertSignature, signatureValues!, ct) == 0)
        {
            return false;
        }
        await db.Database.ExecuteSqlRawAsync(InsertEmail, [email.Kind, email.DeliveryKey, email.Payload, email.CreatedAt], ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
