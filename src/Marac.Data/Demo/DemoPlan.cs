using System.Globalization;

namespace Marac.Data.Demo;

/// <summary>Everything the demo partnership will contain, planned in memory from a fixed seed and the given "today".</summary>
internal sealed class DemoPlan
{
    public const int PlanSeed = 20210630;

    public required DemoHistoryPlan History { get; init; }
    public required List<CurrentReferralPlan> Current { get; init; }

    public static DemoPlan Build(DateOnly today)
    {
        var random = new DemoRandom(PlanSeed);
        var households = new DemoHouseholds(random);
        var history = new DemoHistoryPlanner(random, households, today).Plan();
        new DemoQuotaAdjuster(random, households).Apply(history);
        DemoPlanCheck.VerifyRepeats(history);
        var current = new DemoCurrentWorkPlanner(random, households, today).Plan(history);
        AssignReferences(history, current);
        return new DemoPlan { History = history, Current = current };
    }

    /// <summary>MRC-{year}-{n:D5}, numbered in referral-date order within each year.</summary>
    private static void AssignReferences(DemoHistoryPlan history, List<CurrentReferralPlan> current)
    {
        var all = history.Cases.Select(c => (c.ReferralDate, Set: (Action<string>)(r => c.Reference = r)))
            .Concat(current.Select(c => (c.ReferralDate, Set: (Action<string>)(r => c.Reference = r))))
            .OrderBy(x => x.ReferralDate)
            .ToList();
        var numbers = new Dictionary<int, int>();
        foreach (var (date, set) in all)
        {
            var n = numbers[date.Year] = numbers.GetValueOrDefault(date.Year) + 1;
            set(string.Create(CultureInfo.InvariantCulture, $"MRC-{date.Year}-{n:D5}"));
        }
    }
}
