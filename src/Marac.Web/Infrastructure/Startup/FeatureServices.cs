using Marac.Data.Auditing;
using Marac.Web.Features.Governance;
using Marac.Web.Features.Minutes;
using Marac.Web.Features.Referrals;
using Marac.Web.Features.Referrals.Repeats;

namespace Marac.Web.Infrastructure.Startup;

/// <summary>Each feature's services, registered in one place.</summary>
public static class FeatureServices
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<ReferralStore>();
        services.AddScoped<ReferralReader>();
        services.AddScoped<LikelyMatchFinder>();
        services.AddScoped<MatchDecisions>();
        services.AddScoped<ReferralMerger>();
        services.AddScoped<JointReferrerInvitations>();
        services.AddScoped<Marac.Web.Features.Administration.Agencies.AgencyEditor>();
        services.AddScoped<Marac.Web.Features.Administration.Staff.StaffAccessEditor>();
        services.AddScoped<Marac.Web.Features.Administration.Settings.PartnershipSettingsEditor>();
        services.AddScoped<Marac.Web.Features.Statistics.Computation.StatisticsCalculator>();
        services.AddScoped<Marac.Web.Features.Meetings.MeetingScheduler>();
        services.AddScoped<Marac.Web.Features.Meetings.AgendaCandidates>();
        services.AddScoped<Marac.Web.Features.Meetings.AgendaService>();
        services.AddScoped<Marac.Web.Features.Meetings.NextMeetingDeferral>();
        services.AddScoped<Marac.Web.Features.Meetings.AgendaPublisher>();
        services.AddScoped<Marac.Web.Features.Meetings.ResearchOverview>();
        services.AddScoped<Marac.Web.Features.Meetings.ResearchChaser>();
        services.AddScoped<Marac.Web.Features.Notifications.StaffNotifier>();
        services.AddScoped<Marac.Web.Features.Notifications.UnreadNotifications>();
        services.AddScoped<Marac.Web.Features.Referrals.CorrectionNotices>();
        services.AddScoped<Marac.Web.Features.Agendas.AgencyAgendaReader>();
        services.AddScoped<Marac.Web.Features.Agendas.ResearchReturnService>();
        services.AddScoped<Marac.Web.Features.Statistics.Import.ImportFileStore>();
        services.AddScoped<Marac.Web.Features.Statistics.Import.CaseListChecker>();
        services.AddScoped<Marac.Web.Features.Statistics.Import.CaseListImporter>();
        services.AddSingleton<Marac.Web.Features.Statistics.Import.ImportProgressRegistry>();
        services.AddScoped<Marac.Web.Features.Sharing.CaseAccessService>();
        services.AddScoped<Marac.Web.Features.Sharing.PublicationGrants>();
        services.AddSingleton<Marac.Web.Features.Sharing.PartnershipRedactor>();
        services.AddScoped<Marac.Web.Features.Cases.CaseSummaryReader>();
        services.AddScoped<Marac.Web.Features.Sharing.GrantEditor>();
        services.AddScoped<Marac.Web.Features.Sharing.ExclusionEditor>();
        services.AddScoped<Marac.Web.Features.Sharing.CaseSharingOverview>();
        services.AddAutoMapper(cfg => cfg.AddProfile<Marac.Sharing.Summaries.CaseSummaryProfile>());
        services.AddMinutesAndActions();
        services.AddGovernance();
        return services;
    }
}
