using System.Xml.Linq;
using Campaigns.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Data;

/// <summary>
/// A database as the hand-written migrations left it: their DDL, frozen in Fixtures/ when per-provider migrations
/// replaced them, and rows written in plain SQL the way the app of that time stored them.
/// </summary>
public sealed class HandWrittenDatabase(TestDatabase database)
{
    public async Task CreateSchemaAsync()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", $"hand-written-migrations.{database.Provider.ToString().ToLowerInvariant()}.sql");
        await ExecuteAsync(await File.ReadAllTextAsync(script), []);
    }

    public Task ExecuteAsync(string sql) => ExecuteAsync(sql, []);

    /// <summary>Inserts one row; the names of <paramref name="row"/>'s properties are the columns.</summary>
    public Task InsertAsync(string table, object row)
    {
        var columns = row.GetType().GetProperties();
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                  $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        return ExecuteAsync(sql, columns.Select(c => Stored(c.GetValue(row))).ToArray());
    }

    /// <summary>
    /// A data-protection provider whose keys end up where the app of that time kept them: ASP.NET Core makes each
    /// key, and <see cref="StoreKeysAsync"/> writes it to the table as that app's own key repository did.
    /// </summary>
    public KeyRing NewKeyRing() => new(this);

    private object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        // EF Core keeps Guids as upper-case text on SQLite.
        Guid id when database.Provider == DatabaseProvider.Sqlite => id.ToString().ToUpperInvariant(),
        Enum name => name.ToString(),
        _ => value,
    };

    private async Task ExecuteAsync(string sql, object[] values)
    {
        // Opened by EF Core, so a SQLite file gets the app's settings (WAL) as every database the app made has.
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync();
    }

    public sealed class KeyRing : IXmlRepository, IAsyncDisposable
    {
        private readonly HandWrittenDatabase _database;
        private readonly List<(XElement Element, string FriendlyName)> _keys = [];
        private readonly ServiceProvider _services;

        internal KeyRing(HandWrittenDatabase database)
        {
            _database = database;
            var services = new ServiceCollection();
            services.AddDataProtection().SetApplicationName("campaigns");
            services.Configure<KeyManagementOptions>(o => o.XmlRepository = this);
            _services = services.BuildServiceProvider();
        }

        public IDataProtectionProvider Provider => _services.GetRequiredService<IDataProtectionProvider>();

        public IReadOnlyCollection<XElement> GetAllElements() => _keys.Select(k => k.Element).ToList();

        public void StoreElement(XElement element, string friendlyName) => _keys.Add((element, friendlyName));

        public async Task StoreKeysAsync()
        {
            foreach (var (element, friendlyName) in _keys)
            {
                await _database.InsertAsync("DataProtectionKeys", new { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
            }
        }

        public ValueTask DisposeAsync() => _services.DisposeAsync();
    }
}
