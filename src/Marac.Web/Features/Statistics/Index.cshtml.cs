using Marac.Data;
using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics;

public sealed class IndexModel(MaracDbContext db, StatisticsCalculator calculator, TimeProvider clock) : StatisticsPageModel(db, clock)
{
    public StatisticsReport? Report { get; private set; }
    public IReadOnlyList<StatisticsPeriod> Quarters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Quarters = await QuartersAsync(ct);
        if (ChosenPeriod() is { } period)
        {
            Report = await calculator.ComputeAsync(period, ct: ct);
        }
    }
}
