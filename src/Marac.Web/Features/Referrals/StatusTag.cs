using Marac.Data.Entities;

namespace Marac.Web.Features.Referrals;

public static class StatusTag
{
    public static string ClassFor(ReferralStatus status) => status switch
    {
        ReferralStatus.Draft => "govuk-tag--grey",
        ReferralStatus.Submitted => "govuk-tag--blue",
        ReferralStatus.Accepted => "govuk-tag--green",
        ReferralStatus.Returned => "govuk-tag--yellow",
        ReferralStatus.Heard => "govuk-tag--purple",
        _ => "govuk-tag--grey",
    };
}
