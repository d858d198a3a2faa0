using System.Globalization;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Data.Providers;
using Microsoft.EntityFrameworkCore;

// One writer of the audit concurrency test: appends <count> events, one save each, to the database under the key,
// as one instance of the app would. Usage: Marac.AuditWriter <sqlite connection string> <base64 key> <key id> <count> <writer>
if (args.Length != 5)
{
    Console.Error.WriteLine("Usage: Marac.AuditWriter <connection string> <base64 key> <key id> <count> <writer>");
    return 2;
}
var keys = new AuditKeys(args[2], new Dictionary<string, byte[]> { [args[2]] = Convert.FromBase64String(args[1]) });
var count = int.Parse(args[3], CultureInfo.InvariantCulture);
var options = SqliteWaitForLocks.Apply(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite(args[0])).Options;
for (var i = 0; i < count; i++)
{
    await using var db = new SqliteMaracDbContext(options, new SystemAuditActor($"writer {args[4]}"), TimeProvider.System, keys);
    db.RecordAudit(AuditAction.View, "ConcurrencyTest", $"{args[4]}-{i}");
    await db.SaveChangesAsync();
}
return 0;
