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
    /// <summary>How long after a meeting the grants made by publishing its agenda last.</summary>
    public int GrantExpiryDays { get; set; } = 28;
    /// <summary>The longest a one-case grant of Location and safety contacts may last.</summary>
    public int RestrictedGrantMaxDays { get; set; } = 90;
    /// <summary>Working days after a meeting by which its minutes must be issued.</summary>
    public int MinutesIssueWorkingDays { get; set; } = 3;
    /// <summary>Referral sources counted as partner agencies, comma-separated names; empty for the default (all but Police).</summary>
    public string PartnerSources { get; set; } = "";
    /// <summary>Ethnicities counted as Black, Asian or racially minoritised, comma-separated names; empty for the default.</summary>
    public string MinoritisedEthnicities { get; set; } = "";
    /// <summary>A "for publication" export shows counts above 0 and below this as "&lt;N".</summary>
    public int SuppressionThreshold { get; set; } = 5;
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
