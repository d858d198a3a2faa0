using System.Data.Common;
using Marac.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>
/// Inserts rows of one entity type with a single prepared command in the context's current transaction,
/// bypassing change tracking: the table, columns and value conversions all come from the EF Core model,
/// so each row is stored exactly as SaveChanges would store it. For the many rows of a historical import;
/// anything EF Core would do on save beyond writing the columns (name keys, audit) is the caller's job.
/// </summary>
public sealed class RowInserter<T> : IAsyncDisposable where T : class
{
    private readonly DbCommand _command;
    private readonly (IClrPropertyGetter Getter, DbParameter Parameter, Func<object?, object?> ToProvider)[] _columns;

    private RowInserter(DbCommand command, (IClrPropertyGetter, DbParameter, Func<object?, object?>)[] columns)
    {
        _command = command;
        _columns = columns;
    }

    /// <summary>A prepared insert for <typeparamref name="T"/>; the context must have a transaction open.</summary>
    public static RowInserter<T> Create(MaracDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entity.FindPrimaryKey()!.Properties;
        var generatedKey = key.Count == 1 && key[0].ValueGenerated == ValueGenerated.OnAdd && key[0].ClrType == typeof(int);
        var properties = entity.GetProperties()
            .Where(p => !(generatedKey && p.IsPrimaryKey()) && !p.IsShadowProperty() && p.GetColumnName(table) is not null)
            .ToList();

        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                              ?? throw new InvalidOperationException("Open a transaction before inserting rows.");
        var columns = properties.Select((p, i) =>
        {
            var mapping = (RelationalTypeMapping)p.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, $"@p{i}", null, p.IsNullable);
            command.Parameters.Add(parameter);
            var converter = mapping.Converter;
            Func<object?, object?> toProvider = converter is null ? v => v : v => v is null ? null : converter.ConvertToProvider(v);
            return (p.GetGetter(), parameter, toProvider);
        }).ToArray();

        var isSqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        var identity = !generatedKey ? "" : isSqlite ? "; SELECT last_insert_rowid();" : "; SELECT CAST(SCOPE_IDENTITY() AS bigint);";
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select(c => c.Item2.ParameterName))}){identity}";
        command.Prepare();
        return new RowInserter<T>(command, columns);
    }

    /// <summary>Inserts the row and returns its generated id (0 for a table without one).</summary>
    public async Task<int> InsertAsync(T row, CancellationToken ct)
    {
        foreach (var (getter, parameter, toProvider) in _columns)
        {
            parameter.Value = toProvider(getter.GetClrValue(row)) ?? DBNull.Value;
        }
        var id = await _command.ExecuteScalarAsync(ct);
        return id is null or DBNull ? 0 : Convert.ToInt32(id, System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
