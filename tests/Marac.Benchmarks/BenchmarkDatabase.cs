using System.Globalization;
using Marac.Data.Entities;
using Marac.Data.Matching;
using Marac.Data.Providers;
using Marac.Data.Reference;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marac.Benchmarks;

/// <summary>
/// A migrated SQLite database holding <see cref="Referrals"/> referrals (victim, perpetrator, risk
/// assessment, referring agency), a fifth of them repeats. Built once with plain inserts and kept in
/// the temp folder between runs.
/// </summary>
public static class BenchmarkDatabase
{
    public const int Referrals = 100_000;
    private static readonly string[] GivenNames = ["Sarah", "Emma", "Łucja", "Aisha", "Mei", "Olena", "Jennifer", "Fatima", "Chloe", "Amira", "Ngozi", "Róisín", "Priya", "Ioana", "Hodan", "Kirsty"];
    private static readonly string[] FamilyNames = ["Smith", "Nowak", "Khan", "Chen", "Kowalenko", "Holmes", "Begum", "Davies", "Okafor", "Walsh", "Patel", "Popescu", "Ali", "Jones", "Wiśniewska", "Ahmed"];

    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"marac-bench-{Referrals}.db");

    public static SqliteMaracDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite($"Data Source={Path}").Options);

    public static void EnsureCreated()
    {
        if (File.Exists(Path))
        {
            // A database kept from an earlier run gains the migrations added since (its data stays).
            using var existing = NewContext();
            existing.Database.Migrate();
            // An older build (a same-session baseline) may have appended past the chain head; these events are never verified.
            existing.Database.ExecuteSqlRaw("""
                UPDATE AuditChainHeads SET Sequence = COALESCE((SELECT MAX(Sequence) FROM AuditEvents), 0),
                    Hash = COALESCE((SELECT Hash FROM AuditEvents ORDER BY Sequence DESC LIMIT 1), 'GENESIS') WHERE Id = 1;
                """);
            return;
        }
        var building = Path + ".building";
        File.Delete(building);
        using (var db = new SqliteMaracDbContext(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite($"Data Source={building};Pooling=False").Options))
        {
            db.Database.Migrate();
            ReferenceDataSeeder.SeedAsync(db).GetAwaiter().GetResult();
            db.Agencies.Add(new Agency { Name = "Benchmark Police", SourceCategory = ReferralSource.Police });
            db.SaveChanges();
        }
        Fill(building);
        File.Move(building, Path);
    }

    private static void Fill(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var person = Command(connection, transaction, """
            INSERT INTO People (SubjectId, GivenName, FamilyName, DateOfBirth, Gender, Ethnicity, Disabled, Lgbt, InterpreterNeeded, Pregnant,
                NoRecourseToPublicFunds, SafeToCall, NameKey, Version)
            VALUES ($subject, $given, $family, $dob, 1, 13, 2, 2, 0, 0, 0, 0, $key, $version); SELECT last_insert_rowid();
            """, "$subject", "$given", "$family", "$dob", "$key", "$version");
        var referral = Command(connection, transaction, """
            INSERT INTO Referrals (Reference, Status, ReferralDate, CreatedAt, SubmissionToken, ReferrerName, VictimId, ProfessionalJudgement,
                PotentialEscalation, RepeatDeclared, VictimAwareOfReferral, ConsentGiven, Flags, IsImported, Version)
            VALUES ($reference, $status, $date, $created, $token, 'Benchmark referrer', $victim, 0, 0, 0, 1, 1, $flags, 0, $version); SELECT last_insert_rowid();
            """, "$reference", "$status", "$date", "$created", "$token", "$victim", "$flags", "$version");
        var perpetrator = Command(connection, transaction, "INSERT INTO ReferralPerpetrators (ReferralId, PersonId) VALUES ($referral, $person)", "$referral", "$person");
        var agency = Command(connection, transaction, "INSERT INTO ReferralAgencies (ReferralId, AgencyId) VALUES ($referral, 1)", "$referral");
        var risk = Command(connection, transaction, "INSERT INTO RiskAssessments (ReferralId, RiskInstrumentId, Score, Band) VALUES ($referral, 1, $score, $band)", "$referral", "$score", "$band");

        var random = new Random(20261123);
        var subjects = new List<(Guid Victim, Guid Perpetrator, string Given, string Family, DateOnly Dob)>();
        var start = new DateOnly(2016, 1, 1);
        for (var i = 0; i < Referrals; i++)
        {
            var date = start.AddDays(i * 3650 / Referrals);
            var repeat = subjects.Count > 100 && random.Next(5) == 0;
            var subject = repeat ? subjects[^random.Next(1, 100)] : (Victim: Guid.NewGuid(), Perpetrator: Guid.NewGuid(),
                Given: GivenNames[random.Next(GivenNames.Length)], Family: FamilyNames[random.Next(FamilyNames.Length)],
                Dob: new DateOnly(1950, 1, 1).AddDays(random.Next(21000)));
            subjects.Add(subject);
            var victimId = Insert(person, subject.Victim, subject.Given, subject.Family, Iso(subject.Dob), NameKey.For(subject.Given, subject.Family), Guid.NewGuid());
            var score = random.Next(4, 24);
            var referralId = Insert(referral, $"B-{i:D6}", random.Next(10) == 0 ? (int)ReferralStatus.Accepted : (int)ReferralStatus.Heard,
                Iso(date), date.ToDateTime(TimeOnly.MinValue).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Guid.NewGuid(), victimId,
                random.Next(4) == 0 ? (int)CaseFlags.Stalking : 0, Guid.NewGuid());
            var perpetratorId = Insert(person, subject.Perpetrator, "Perpetrator", $"P{i}", null, NameKey.For("Perpetrator", $"P{i}"), Guid.NewGuid());
            Insert(perpetrator, referralId, perpetratorId);
            Insert(agency, referralId);
            Insert(risk, referralId, score, score >= 14 ? 2 : score >= 10 ? 1 : 0);
        }
        transaction.Commit();
        using var analyse = connection.CreateCommand();
        analyse.CommandText = "ANALYZE";
        analyse.ExecuteNonQuery();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }
        command.Prepare();
        return command;
    }

    private static long Insert(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] switch { null => DBNull.Value, Guid g => g.ToString().ToUpperInvariant(), var v => v };
        }
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }
}
