using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Data.Matching;
using Marac.Data.Transactions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data;

/// <summary>
/// The partnership's database. Every save stamps concurrency versions, refreshes name keys and
/// appends hash-chained audit events for what changed, in the same transaction as the change.
/// Provider-specific subclasses carry their own migration sets.
/// </summary>
public abstract class MaracDbContext(DbContextOptions options, IAuditActor? actor, TimeProvider? clock, AuditKeys? auditKeys = null,
    AuditAppendQueue? auditQueue = null)
    : DbContext(options), IDataProtectionKeyContext
{
    private readonly AuditKeys _auditKeys = auditKeys ?? AuditKeys.Ephemeral();
    private readonly List<AuditEvent> _pendingAuditEvents = [];
    private readonly IAuditActor _actor = actor ?? new SystemAuditActor("system");
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public DbSet<PartnershipSettings> PartnershipSettings => Set<PartnershipSettings>();
    public DbSet<BankHoliday> BankHolidays => Set<BankHoliday>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralAgency> ReferralAgencies => Set<ReferralAgency>();
    public DbSet<ReferralPerpetrator> ReferralPerpetrators => Set<ReferralPerpetrator>();
    public DbSet<ReferralChild> ReferralChildren => Set<ReferralChild>();
    public DbSet<MatchDecision> MatchDecisions => Set<MatchDecision>();
    public DbSet<RiskInstrument> RiskInstruments => Set<RiskInstrument>();
    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();
    public DbSet<RiskAnswer> RiskAnswers => Set<RiskAnswer>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<MeetingAgency> MeetingAgencies => Set<MeetingAgency>();
    public DbSet<AgendaChange> AgendaChanges => Set<AgendaChange>();
    public DbSet<ResearchReturn> ResearchReturns => Set<ResearchReturn>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<LawfulBasis> LawfulBases => Set<LawfulBasis>();
    public DbSet<ConfidentialityStatement> ConfidentialityStatements => Set<ConfidentialityStatement>();
    public DbSet<AccessGrant> AccessGrants => Set<AccessGrant>();
    public DbSet<AccessGrantChange> AccessGrantChanges => Set<AccessGrantChange>();
    public DbSet<CaseExclusion> CaseExclusions => Set<CaseExclusion>();
    public DbSet<MeetingAttendance> MeetingAttendances => Set<MeetingAttendance>();
    public DbSet<MeetingApology> MeetingApologies => Set<MeetingApology>();
    public DbSet<MeetingAction> MeetingActions => Set<MeetingAction>();
    public DbSet<MeetingMinutes> MeetingMinutes => Set<MeetingMinutes>();
    public DbSet<SubjectAccessRequest> SubjectAccessRequests => Set<SubjectAccessRequest>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Bulk loads (demo seed, imports, benchmarks) record one event of their own instead of one per row.</summary>
    public bool SuppressChangeAudit { get; set; }

    public IAuditActor Actor => _actor;

    /// <summary>Set by <see cref="AuditedRead"/>: its transaction is a read snapshot, so its audit goes to the queue.</summary>
    internal bool InAuditedRead { get; set; }

    private bool _writingForQueue;

    public AuditKeys AuditKeys => _auditKeys;

    /// <summary>Queues an audit event (a view, export, refusal or sign-in) to be written with the next save.</summary>
    public void RecordAudit(AuditAction action, string entityType, string? entityId = null, int? referralId = null,
        string? detail = null, string? withheld = null, int? grantId = null, string? outcome = null)
    {
        _pendingAuditEvents.Add(new AuditEvent
        {
            OccurredAt = _clock.GetUtcNow().UtcDateTime,
            Action = action,
            UserId = _actor.UserId,
            UserDisplay = _actor.UserDisplay,
            EntityType = entityType,
            EntityId = entityId,
            ReferralId = referralId,
            Detail = detail,
            WithheldCategories = withheld,
            GrantId = grantId,
            Outcome = outcome,
            PreviousHash = "",
            Hash = "",
        });
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MaracDbContext).Assembly);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareChangedEntities();
        if (InAuditedRead && ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("An audited read changes nothing but the audit trail.");
        }
        if (auditQueue is not null && !_writingForQueue && _pendingAuditEvents.Count > 0 && !ChangeTracker.HasChanges()
            && (Database.CurrentTransaction is null || InAuditedRead))
        {
            var events = _pendingAuditEvents.ToList();
            _pendingAuditEvents.Clear();
            await auditQueue.AppendAsync(events);
            return 0;
        }
        return await UnderWriteGateAsync(() => SaveAuditedAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
    }

    /// <summary>Writes a batch from the <see cref="AuditAppendQueue"/> in one transaction of its own.</summary>
    internal async Task AppendQueuedAuditAsync(IEnumerable<AuditEvent> events)
    {
        _pendingAuditEvents.AddRange(events);
        _writingForQueue = true;
        await SaveChangesAsync();
    }

    /// <summary>Where a provider must queue this process's writers before the database does (SQLite).</summary>
    protected virtual Task<int> UnderWriteGateAsync(Func<Task<int>> save, CancellationToken cancellationToken) => save();

    private async Task<int> SaveAuditedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var changes = SuppressChangeAudit ? [] : ChangeAudit.Capture(ChangeTracker);
        if (changes.Count == 0 && _pendingAuditEvents.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        return await this.InTransactionAsync(async transaction =>
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var now = _clock.GetUtcNow().UtcDateTime;
            var events = changes.Select(c => ChangeAudit.ToEvent(c, _actor, now)).Concat(_pendingAuditEvents).ToList();
            _pendingAuditEvents.Clear();
            await AppendToChainAsync(events, cancellationToken);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            return written;
        }, cancellationToken);
    }

    /// <summary>
    /// Reserves the events' sequences by moving the chain head first (its row lock, held to the commit, queues
    /// every other appender), then signs each event under the current key and moves the head's hash to the last.
    /// </summary>
    private async Task AppendToChainAsync(List<AuditEvent> events, CancellationToken cancellationToken)
    {
        var head = AuditChainHeads.Where(h => h.Id == AuditChainHead.SingleRowId);
        await head.ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, h => h.Sequence + events.Count), cancellationToken);
        var reserved = await head.AsNoTracking().Select(h => new { h.Sequence, h.Hash }).SingleAsync(cancellationToken);
        var sequence = reserved.Sequence - events.Count;
        var previousHash = reserved.Hash;
        foreach (var auditEvent in events)
        {
            auditEvent.Sequence = ++sequence;
            auditEvent.PreviousHash = previousHash;
            auditEvent.KeyId = _auditKeys.CurrentKeyId;
            auditEvent.Hash = AuditHash.Compute(auditEvent, _auditKeys);
            previousHash = auditEvent.Hash;
            AuditEvents.Add(auditEvent);
        }
        await head.ExecuteUpdateAsync(s => s.SetProperty(h => h.Hash, previousHash), cancellationToken);
    }

    private void PrepareChangedEntities()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            var version = entry.Metadata.FindProperty("Version");
            if (entry.State == EntityState.Modified && version is not null && version.ClrType == typeof(Guid))
            {
                entry.Property("Version").CurrentValue = Guid.NewGuid();
            }
            switch (entry.Entity)
            {
                case Person person:
                    person.NameKey = NameKey.For(person.GivenName, person.FamilyName);
                    break;
                case PersonAlias alias:
                    alias.NameKey = NameKey.ForFullName(alias.Name);
                    break;
            }
        }
    }
}
