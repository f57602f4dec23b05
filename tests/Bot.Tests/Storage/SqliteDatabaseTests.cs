using HelpBot.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace HelpBot.Bot.Tests.Storage;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "helpbot-sqlite-" + Guid.NewGuid().ToString("N"));

    private static async Task<long> PragmaAsync(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Every_connection_new_or_pooled_waits_on_a_busy_database_and_checks_foreign_keys()
    {
        var database = SqliteDatabase.InDataFolder(_folder);
        database.Migrate();
        for (var i = 0; i < 3; i++)
        {
            // The second and third opens get the pooled native connection back.
            await using var connection = await database.OpenAsync();
            Assert.Equal(SqliteDatabase.BusyTimeoutMilliseconds, await PragmaAsync(connection, "busy_timeout"));
            Assert.Equal(1, await PragmaAsync(connection, "foreign_keys"));
            Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        }
    }

    [Fact]
    public async Task A_writer_waits_for_another_writers_transaction_instead_of_failing()
    {
        var database = SqliteDatabase.InDataFolder(_folder);
        database.Migrate();
        await using var first = await database.OpenAsync();
        await using (var create = first.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (v INTEGER)";
            await create.ExecuteNonQueryAsync();
        }
        await using var transaction = (SqliteTransaction)await first.BeginTransactionAsync(System.Data.IsolationLevel.Serializable);
        await using (var insert = first.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO t VALUES (1)";
            await insert.ExecuteNonQueryAsync();
        }

        var second = Task.Run(async () =>
        {
            await using var connection = await database.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO t VALUES (2)";
            return await insert.ExecuteNonQueryAsync();
        });
        await Task.Delay(200);
        Assert.False(second.IsCompleted, "the second writer should be waiting for the first transaction");
        await transaction.CommitAsync();

        Assert.Equal(1, await second);
        Assert.Equal("2", await ScalarAsync(first, "SELECT COUNT(*) FROM t"));
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
