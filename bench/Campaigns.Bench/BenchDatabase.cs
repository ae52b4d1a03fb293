using Npgsql;

namespace Campaigns.Bench;

/// <summary>A throwaway database for one run, created from the admin connection and dropped afterwards.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly NpgsqlDataSource _data;

    private BenchDatabase(string admin, string name)
    {
        _admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        _data = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ConnectionString) { MaxPoolSize = 4 }.ConnectionString);
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string admin)
    {
        var name = $"campaigns_bench_{DateTime.UtcNow:yyyyMMddHHmmss}_{Random.Shared.Next(1000, 9999)}";
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new BenchDatabase(admin, name);
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = _data.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var command = _data.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        await command.ExecuteNonQueryAsync();
    }

    public async Task<List<object?[]>> RowsAsync(string sql, params object[] parameters)
    {
        await using var command = _data.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await _data.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
