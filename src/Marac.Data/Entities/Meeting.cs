namespace Marac.Data.Entities;

public class Meeting
{
    public int Id { get; set; }
    /// <summary>UK local date and time (Europe/London).</summary>
    public DateTime StartsAt { get; set; }
    public DateOnly Date => DateOnly.FromDateTime(StartsAt);
    public string? Venue { get; set; }
    public string? OnlineLink { get; set; }
    public int? ChairUserId { get; set; }
    public StaffUser? ChairUser { get; set; }
    public MeetingStatus Status { get; set; }
    public int CaseCapacity { get; set; } = 20;
    public int MinutesPerCase { get; set; } = 12;
    public string? ConfidentialityStatementVersion { get; set; }
    public int? ConfidentialityStatementId { get; set; }
    /// <summary>The case the chair has moved the meeting to.</summary>
    public int? CurrentAgendaItemId { get; set; }
    public DateTime? OpenedAt { get; set; }
    public DateTime? ConcludedAt { get; set; }
    public bool IsImported { get; set; }
    /// <summary>Shared by the meetings scheduled together as one series.</summary>
    public Guid? SeriesId { get; set; }
    /// <summary>UTC instants of the first and the latest publication of the agenda.</summary>
    public DateTime? FirstPublishedAt { get; set; }
    public DateTime? LastPublishedAt { get; set; }
    /// <summary>UTC; every agenda edit stamps it, so the meeting's <see cref="Version"/> guards the whole agenda.</summary>
    public DateTime? AgendaChangedAt { get; set; }
    public List<AgendaItem> AgendaItems { get; set; } = [];
    public List<MeetingAgency> InvitedAgencies { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>An agency invited to a meeting, and why.</summary>
public class MeetingAgency
{
    public int MeetingId { get; set; }
    public int AgencyId { get; set; }
    public Agency Agency { get; set; } = null!;
    public InvitationReason Reason { get; set; }
}

public class AgendaItem
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting Meeting { get; set; } = null!;
    public int ReferralId { get; set; }
    public Referral Referral { get; set; } = null!;
    public AgendaSection Section { get; set; }
    public int Order { get; set; }
    public AgendaItemStatus Status { get; set; }
    public string? StatusReason { get; set; }
    /// <summary>Why the coordinator added the case by hand (required when it arrived after the cut-off).</summary>
    public string? AddedReason { get; set; }
    public bool AddedAfterCutOff { get; set; }
    /// <summary>What the meeting heard about the case, recorded live.</summary>
    public string? InformationSummary { get; set; }
    /// <summary>The meeting's summary of the risk, recorded live.</summary>
    public string? RiskSummary { get; set; }
    public DateTime? DiscussionStartedAt { get; set; }
    public DateTime? DiscussionEndedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One change to an agenda, with its reason; republishing reports the changes not yet published.</summary>
public class AgendaChange
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int? ReferralId { get; set; }
    public AgendaChangeKind Kind { get; set; }
    public string? Reason { get; set; }
    public DateTime ChangedAt { get; set; }
    public int? ChangedByUserId { get; set; }
    /// <summary>UTC instant of the publication that reported this change; null until then.</summary>
    public DateTime? PublishedAt { get; set; }
}

/// <summary>What one agency holds on one case before a meeting.</summary>
public class ResearchReturn
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int ReferralId { get; set; }
    public int AgencyId { get; set; }
    public ResearchAnswer Answer { get; set; }
    /// <summary>To share at the meeting: facts from the agency's records.</summary>
    public string? SharedFacts { get; set; }
    /// <summary>To share at the meeting: the agency's professional opinion, kept apart from fact.</summary>
    public string? SharedOpinion { get; set; }
    /// <summary>What the agency decided not to share, and why. Seen only by that agency's own staff.</summary>
    public string? NotSharedNote { get; set; }
    public DateTime RecordedAt { get; set; }
    public int? RecordedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
