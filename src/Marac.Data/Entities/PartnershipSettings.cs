namespace Marac.Data.Entities;

/// <summary>The one row of partnership-wide settings.</summary>
public class PartnershipSettings
{
    public int Id { get; set; }
    public required string PartnershipName { get; set; }
    public int AdultFemalePopulation { get; set; }
    public decimal MinoritisedPopulationPercent { get; set; }
    public decimal MaracIdvaFte { get; set; }
    public int ReferralCutOffWorkingDays { get; set; } = 8;
    public int EscalationIncidentThreshold { get; set; } = 3;
    public int CaseRetentionYears { get; set; } = 6;
    public int MinutesRetentionYears { get; set; } = 6;
    public int AuditRetentionYears { get; set; } = 7;
    /// <summary>Refuges, safe houses and other places the redactor masks, one per line.</summary>
    public string SensitivePlaceNames { get; set; } = "";
    public Guid Version { get; set; } = Guid.NewGuid();
}

public class BankHoliday
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
}
