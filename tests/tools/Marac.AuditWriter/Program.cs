using System.Globalization;
using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Data.Providers;
using Microsoft.EntityFrameworkCore;

// One writer of the audit concurrency test: appends <count> events, one save each, to the database under the key,
// as one instance of the app would.
// Usage: Marac.AuditWriter <Sqlite|SqlServer> <connection string> <base64 key> <key id> <count> <writer>
if (args.Length != 6 || !Enum.TryParse<DatabaseProvider>(args[0], out var provider))
{
    Console.Error.WriteLine("Usage: Marac.AuditWriter <Sqlite|SqlServer> <connection string> <base64 key> <key id> <count> <writer>");
    return 2;
}
var keys = new AuditKeys(args[3], new Dictionary<string, byte[]> { [args[3]] = Convert.FromBase64String(args[2]) });
var count = int.Parse(args[4], CultureInfo.InvariantCulture);
var actor = new SystemAuditActor($"writer {args[5]}");
Func<MaracDbContext> newContext = provider == DatabaseProvider.SqlServer
    ? () => new SqlServerMaracDbContext(new DbContextOptionsBuilder<SqlServerMaracDbContext>().UseSqlServer(args[1]).Options, actor, TimeProvider.System, keys)
    : () => new SqliteMaracDbContext(SqliteWaitForLocks.Apply(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite(args[1])).Options,
        actor, TimeProvider.System, keys);
for (var i = 0; i < count; i++)
{
    await using var db = newContext();
    db.RecordAudit(AuditAction.View, "ConcurrencyTest", $"{args[5]}-{i}");
    await db.SaveChangesAsync();
}
return 0;
