using BenchmarkDotNet.Attributes;
using Marac.Data.Entities;
using Marac.Data.Meetings;
using Marac.Data.Providers;
using Marac.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Marac.Benchmarks;

/// <summary>
/// The proposed agenda for a meeting, built from the 100,000-referral database (10,000 of them accepted
/// and waiting), and the data behind a printable agenda of 25 cases, through the code the pages run.
/// Targets: proposal under 100 ms; printable agenda under 50 ms.
/// </summary>
[MemoryDiagnoser]
public class AgendaBenchmarks
{
    private const string Venue = "Benchmark printable agenda";
    private SqliteMaracDbContext _db = null!;
    private AgendaService _agendas = null!;
    private Meeting _upcoming = null!;
    private int _printableId;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkDatabase.EnsureCreated();
        _db = BenchmarkDatabase.NewContext();
        var candidates = new AgendaCandidates(_db);
        _agendas = new AgendaService(_db, candidates, new NextMeetingDeferral(_db, candidates), TimeProvider.System);
        _upcoming = new Meeting { StartsAt = new DateTime(2026, 1, 15, 9, 30, 0), CaseCapacity = 20, MinutesPerCase = 12 };
        _printableId = EnsurePrintableMeeting();
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    [Benchmark(Description = "Proposed agenda from 100,000 referrals")]
    public async Task<int> ProposedAgenda()
    {
        _db.ChangeTracker.Clear();
        return (await _agendas.ProposalAsync(_upcoming)).Items.Count;
    }

    [Benchmark(Description = "Printable agenda, 25 cases (load and time slots)")]
    public async Task<int> PrintableAgenda()
    {
        _db.ChangeTracker.Clear();
        var meeting = await _agendas.LoadAsync(_printableId);
        return TimeSlots.For(meeting!).Count;
    }

    private int EnsurePrintableMeeting()
    {
        var existing = _db.Meetings.Where(m => m.Venue == Venue).Select(m => m.Id).FirstOrDefault();
        if (existing != 0)
        {
            return existing;
        }
        var meeting = new Meeting { StartsAt = new DateTime(2026, 2, 5, 9, 30, 0), Venue = Venue, Status = MeetingStatus.Published };
        var referrals = _db.Referrals.Where(r => r.Status == ReferralStatus.Accepted).OrderBy(r => r.Id).Select(r => r.Id).Take(25).ToList();
        meeting.AgendaItems.AddRange(referrals.Select((id, i) => new AgendaItem
        {
            ReferralId = id, Section = i < 10 ? AgendaSection.CasesWithChildren : AgendaSection.AdultOnlyCases, Order = i + 1, Status = AgendaItemStatus.Listed,
        }));
        _db.SuppressChangeAudit = true;
        _db.Meetings.Add(meeting);
        _db.SaveChanges();
        _db.ChangeTracker.Clear();
        return meeting.Id;
    }
}
