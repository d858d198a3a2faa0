namespace Marac.Data.Entities;

/// <summary>A versioned risk checklist (DASH by default); questions are data, not code.</summary>
public class RiskInstrument
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Version { get; set; }
    public required string Name { get; set; }
    public int HighRiskThreshold { get; set; } = 14;
    public int MediumRiskThreshold { get; set; } = 10;
    public bool IsCurrent { get; set; }
    public List<RiskQuestion> Questions { get; set; } = [];

    public RiskBand BandFor(int yesCount) =>
        yesCount >= HighRiskThreshold ? RiskBand.High
        : yesCount >= MediumRiskThreshold ? RiskBand.Medium
        : RiskBand.Standard;
}

public class RiskQuestion
{
    public int Id { get; set; }
    public int RiskInstrumentId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
}

public class RiskAssessment
{
    public int Id { get; set; }
    public int ReferralId { get; set; }
    public int RiskInstrumentId { get; set; }
    public RiskInstrument Instrument { get; set; } = null!;
    public DateOnly? CompletedOn { get; set; }
    public int Score { get; set; }
    public RiskBand Band { get; set; }
    public List<RiskAnswer> Answers { get; set; } = [];
}

public class RiskAnswer
{
    public int Id { get; set; }
    public int RiskAssessmentId { get; set; }
    public int QuestionNumber { get; set; }
    public YesNoNotKnown Answer { get; set; }
    public string? Comment { get; set; }
}
