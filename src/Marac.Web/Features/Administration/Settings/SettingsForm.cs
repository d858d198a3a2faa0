using System.ComponentModel.DataAnnotations;
using Marac.Data.Configurations;
using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Administration.Settings;

/// <summary>
/// What the partnership settings form posts. Numbers are posted as typed text and read by
/// <see cref="TypedNumber"/>, so every problem gets a plain message and the text is shown again as typed.
/// </summary>
public sealed class SettingsForm
{
    public Guid? Version { get; set; }

    [Required(ErrorMessage = "Enter the partnership's name")]
    [StringLength(FieldLengths.Short, ErrorMessage = "Partnership name must be 200 characters or fewer")]
    public string? PartnershipName { get; set; }

    public string? AdultFemalePopulation { get; set; }

    public string? MinoritisedPopulationPercent { get; set; }

    public string? MaracIdvaFte { get; set; }

    public string? ReferralCutOffWorkingDays { get; set; }

    public string? EscalationIncidentThreshold { get; set; }

    public string? CaseRetentionYears { get; set; }

    public string? MinutesRetentionYears { get; set; }

    public string? AuditRetentionYears { get; set; }

    public string? GrantExpiryDays { get; set; }

    public string? MinutesIssueWorkingDays { get; set; }

    /// <summary>Names of the referral sources ticked as partner agencies.</summary>
    public List<string> PartnerSources { get; set; } = [];

    /// <summary>Names of the ethnicities ticked as Black, Asian or racially minoritised.</summary>
    public List<string> MinoritisedEthnicities { get; set; } = [];

    public string? SuppressionThreshold { get; set; }

    [StringLength(FieldLengths.Narrative, ErrorMessage = "Sensitive place names must be 4,000 characters or fewer in total")]
    public string? SensitivePlaceNames { get; set; }

    public static SettingsForm From(PartnershipSettings settings) => new()
    {
        Version = settings.Version,
        PartnershipName = settings.PartnershipName,
        AdultFemalePopulation = TypedNumber.Show(settings.AdultFemalePopulation),
        MinoritisedPopulationPercent = TypedNumber.Show(settings.MinoritisedPopulationPercent),
        MaracIdvaFte = TypedNumber.Show(settings.MaracIdvaFte),
        ReferralCutOffWorkingDays = TypedNumber.Show(settings.ReferralCutOffWorkingDays),
        EscalationIncidentThreshold = TypedNumber.Show(settings.EscalationIncidentThreshold),
        CaseRetentionYears = TypedNumber.Show(settings.CaseRetentionYears),
        MinutesRetentionYears = TypedNumber.Show(settings.MinutesRetentionYears),
        AuditRetentionYears = TypedNumber.Show(settings.AuditRetentionYears),
        GrantExpiryDays = TypedNumber.Show(settings.GrantExpiryDays),
        MinutesIssueWorkingDays = TypedNumber.Show(settings.MinutesIssueWorkingDays),
        PartnerSources = Names(StatisticsOptions.From(settings).PartnerSources),
        MinoritisedEthnicities = Names(StatisticsOptions.From(settings).MinoritisedEthnicities),
        SuppressionThreshold = TypedNumber.Show(settings.SuppressionThreshold),
        SensitivePlaceNames = settings.SensitivePlaceNames,
    };

    private static List<string> Names<T>(IEnumerable<T> values) where T : struct, Enum => values.Select(v => v.ToString()).ToList();

    /// <summary>
    /// The values to store, or the problems with what was typed. Place names are trimmed, blank lines
    /// dropped and repeats removed.
    /// </summary>
    public (PartnershipSettingsValues? Values, IReadOnlyList<FieldError> Errors) Read()
    {
        var errors = new List<FieldError>();
        var population = TypedNumber.WholeNumber(AdultFemalePopulation, nameof(AdultFemalePopulation), "Adult female population",
            "Enter the adult female population", 1, 100_000_000, errors, tooSmallMessage: "Adult female population must be more than 0");
        var share = TypedNumber.Number(MinoritisedPopulationPercent, nameof(MinoritisedPopulationPercent), "B&ME population share",
            "Enter the B&ME population share, as a percentage", 0, 100, 2, errors);
        var fte = TypedNumber.Number(MaracIdvaFte, nameof(MaracIdvaFte), "MARAC IDVA full-time equivalent",
            "Enter the MARAC IDVA full-time equivalent", 0, 100, 2, errors);
        var cutOff = TypedNumber.WholeNumber(ReferralCutOffWorkingDays, nameof(ReferralCutOffWorkingDays), "Referral cut-off",
            "Enter the referral cut-off, in working days", 1, 30, errors);
        var threshold = TypedNumber.WholeNumber(EscalationIncidentThreshold, nameof(EscalationIncidentThreshold), "Escalation threshold",
            "Enter the escalation threshold, as a number of incidents", 1, 50, errors);
        var caseYears = TypedNumber.WholeNumber(CaseRetentionYears, nameof(CaseRetentionYears), "Case retention period",
            "Enter how many years to keep cases", 1, 100, errors);
        var minutesYears = TypedNumber.WholeNumber(MinutesRetentionYears, nameof(MinutesRetentionYears), "Minutes retention period",
            "Enter how many years to keep minutes", 1, 100, errors);
        var auditYears = TypedNumber.WholeNumber(AuditRetentionYears, nameof(AuditRetentionYears), "Audit retention period",
            "Enter how many years to keep the audit trail", 1, 100, errors);
        var grantDays = TypedNumber.WholeNumber(GrantExpiryDays, nameof(GrantExpiryDays), "Access grant expiry",
            "Enter how many days after a meeting access grants last", 1, 365, errors);
        var minutesDays = TypedNumber.WholeNumber(MinutesIssueWorkingDays, nameof(MinutesIssueWorkingDays), "Minutes deadline",
            "Enter how many working days after a meeting the minutes must be issued", 1, 20, errors);
        var suppression = TypedNumber.WholeNumber(SuppressionThreshold, nameof(SuppressionThreshold), "Small-number threshold",
            "Enter the small-number threshold", 1, 20, errors);
        var partnerSources = Chosen<ReferralSource>(PartnerSources, nameof(PartnerSources), "Select at least one partner-agency source", errors);
        var ethnicities = Chosen<Ethnicity>(MinoritisedEthnicities.Where(e => e != nameof(Ethnicity.NotKnown)), nameof(MinoritisedEthnicities),
            "Select at least one ethnic group to count as Black, Asian or racially minoritised", errors);

        var places = PlaceNames(SensitivePlaceNames);
        var tooLong = places.FirstOrDefault(p => p.Length > FieldLengths.Short);
        if (tooLong is not null)
        {
            errors.Add(new FieldError(nameof(SensitivePlaceNames), "Each sensitive place name must be 200 characters or fewer"));
        }
        if (errors.Count > 0 || string.IsNullOrWhiteSpace(PartnershipName))
        {
            return (null, errors);
        }
        return (new PartnershipSettingsValues(PartnershipName.Trim(), population!.Value, share!.Value, fte!.Value, cutOff!.Value,
            threshold!.Value, caseYears!.Value, minutesYears!.Value, auditYears!.Value, string.Join('\n', places),
            grantDays!.Value, minutesDays!.Value,
            StatisticsOptions.ToSetting(partnerSources, StatisticsOptions.DefaultPartnerSources),
            StatisticsOptions.ToSetting(ethnicities, EthnicityCatalogue.MinoritisedByDefault),
            suppression!.Value), errors);
    }

    /// <summary>The ticked values; a value that is not one of the choices is refused as if nothing was ticked.</summary>
    private static List<T> Chosen<T>(IEnumerable<string> names, string field, string noneMessage, ICollection<FieldError> errors) where T : struct, Enum
    {
        var posted = names.ToList();
        var chosen = StatisticsOptions.Parse<T>(string.Join(',', posted));
        if (chosen.Count == 0 || chosen.Count != posted.Distinct(StringComparer.OrdinalIgnoreCase).Count())
        {
            errors.Add(new FieldError(field, noneMessage));
        }
        return chosen;
    }

    private static List<string> PlaceNames(string? text) =>
        (text ?? "").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}

/// <summary>Partnership settings that have passed every check.</summary>
public sealed record PartnershipSettingsValues(
    string PartnershipName,
    int AdultFemalePopulation,
    decimal MinoritisedPopulationPercent,
    decimal MaracIdvaFte,
    int ReferralCutOffWorkingDays,
    int EscalationIncidentThreshold,
    int CaseRetentionYears,
    int MinutesRetentionYears,
    int AuditRetentionYears,
    string SensitivePlaceNames,
    int GrantExpiryDays,
    int MinutesIssueWorkingDays,
    string PartnerSources,
    string MinoritisedEthnicities,
    int SuppressionThreshold);
