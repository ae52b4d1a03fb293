using Campaigns.Web.Domain;
using Npgsql;

namespace Campaigns.Tests.Signing;

/// <summary>A signature inserted in a transaction left open: whoever stores the same address waits until it ends.</summary>
public sealed class HeldSignature : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private HeldSignature(NpgsqlConnection connection, NpgsqlTransaction transaction, string address)
    {
        (_connection, _transaction, Address) = (connection, transaction, address);
    }

    public string Address { get; }

    public static async Task<HeldSignature> StartAsync(string connectionString, Signature signature)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO "Signatures" ("Id", "CampaignId", "Name", "Email", "EmailNormalized", "Country", "NameDisplay", "EmailUpdates", "CreatedAt")
            VALUES ($1, $2, $3, $4, $5, $6, 'Full', false, $7)
            """, connection, transaction)
        {
            Parameters =
            {
                new() { Value = signature.Id }, new() { Value = signature.CampaignId }, new() { Value = signature.Name },
                new() { Value = signature.Email }, new() { Value = signature.EmailNormalized }, new() { Value = signature.Country },
                new() { Value = signature.CreatedAt },
            },
        };
        await insert.ExecuteNonQueryAsync();
        return new HeldSignature(connection, transaction, signature.Email);
    }

    public Task RollbackAsync() => _transaction.RollbackAsync();

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
