namespace Marac.Web.Features.Statistics.Computation;

/// <summary>
/// Small-number suppression for published figures: a count above 0 and below the threshold (fractional
/// source counts included) is shown as "&lt;5", and any percentage derived from it as "-".
/// </summary>
public sealed class SmallNumberSuppression(int threshold)
{
    public const string HiddenPercent = "-";

    public int Threshold { get; } = threshold;

    public string HiddenCount => $"<{Threshold}";

    public bool Hides(double count) => count > 0 && count < Threshold;
}
