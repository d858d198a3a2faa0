namespace Marac.Data.Demo;

/// <summary>
/// Checks the plan against the repeat rule before anything is written: every case planned as a
/// repeat must satisfy it and no other case may, so the figures computed later come out as planned.
/// </summary>
internal static class DemoPlanCheck
{
    public static void VerifyRepeats(DemoHistoryPlan plan)
    {
        foreach (var c in plan.Cases)
        {
            var byRule = c.Victim.Cases.Any(earlier =>
                earlier != c
                && earlier.ReferralDate < c.ReferralDate
                && earlier.ReferralDate >= c.ReferralDate.AddMonths(-12)
                && earlier.Perpetrators.Any(p => c.Perpetrators.Contains(p)));
            if (byRule != c.IsRepeat)
            {
                throw new InvalidOperationException(
                    $"Demo case referred {c.ReferralDate:yyyy-MM-dd} was planned as {(c.IsRepeat ? "a repeat" : "new")} but the rule disagrees.");
            }
        }
    }
}
