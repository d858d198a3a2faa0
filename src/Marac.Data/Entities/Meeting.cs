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
    public bool IsImported { get; set; }
    public List<AgendaItem> AgendaItems { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();
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
    public Guid Version { get; set; } = Guid.NewGuid();
}
