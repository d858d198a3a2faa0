using Marac.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Marac.Data.Tests.Schema;

public sealed class SchemaTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteMaracDbContext(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite("Data Source=:memory:").Options);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run scripts/add-migration.sh to add a migration for the model change");
    }

    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var db = SqlServerContext();
        db.Database.HasPendingModelChanges().ShouldBeFalse("run scripts/add-migration.sh to add a migration for the model change");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new SqliteMaracDbContext(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var sqlServer = SqlServerContext();
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);
        Names(sqlite).ShouldBe(Names(sqlServer));
    }

    [Fact]
    public void The_deployment_script_in_sql_is_the_one_the_migrations_generate()
    {
        using var db = SqlServerContext();
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "sql", "001-schema.sql"));
        Normalise(committed).ShouldBe(Normalise(generated), "run scripts/add-migration.sh (or regenerate sql/001-schema.sql)");
    }

    public static TheoryData<string> SqlScripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot(), "sql"), "*.sql").Order())
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SqlScripts))]
    public void Every_script_in_sql_parses_as_T_SQL(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot(), "sql", script)));
        parser.Parse(reader, out var errors);
        errors.Select(e => $"line {e.Line}: {e.Message}").ShouldBeEmpty();
    }

    private static SqlServerMaracDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerMaracDbContext>().UseSqlServer("Server=(none);Database=Marac;Integrated Security=true").Options);

    private static string Normalise(string sql) => sql.Replace("\r\n", "\n").Trim('\uFEFF', '\n', ' ');

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Marac.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Marac.sln not found above the test folder.");
    }
}
