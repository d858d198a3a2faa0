using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;
using Marac.Web.Infrastructure.GovUk;

namespace Marac.Web.Features.Statistics;

public static class StatisticsLabels
{
    public static string Source(ReferralSource source) => DisplayNames.ForEnumValue(source);

    /// <summary>"all sources but Police", or the partnership's own list of partner sources.</summary>
    public static string PartnerSources(StatisticsOptions options) => options.PartnerSourcesAreDefault
        ? "all sources but Police"
        : "as the partnership's settings define them: " + string.Join(", ", options.PartnerSources.Select(Source));
}
