using Marac.Data.Entities;
using Marac.Web.Infrastructure.GovUk;

namespace Marac.Web.Features.Statistics;

public static class StatisticsLabels
{
    public static string Source(ReferralSource source) => DisplayNames.ForEnumValue(source);
}
