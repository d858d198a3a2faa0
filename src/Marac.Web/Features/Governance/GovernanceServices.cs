using Marac.Web.Features.Administration.Agencies;
using Marac.Web.Features.Administration.ConfidentialityStatements;
using Marac.Web.Features.Administration.LawfulBases;
using Marac.Web.Features.Governance.Audit;

namespace Marac.Web.Features.Governance;

/// <summary>The services of the registers, the audit trail, subject access and retention.</summary>
public static class GovernanceServices
{
    public static IServiceCollection AddGovernance(this IServiceCollection services)
    {
        services.AddScoped<AgencySharing>();
        services.AddScoped<LawfulBasisEditor>();
        services.AddScoped<StatementEditor>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<SubjectAccess.SubjectAccessFinder>();
        services.AddScoped<SubjectAccess.Requests.SubjectAccessLog>();
        services.AddScoped<LegalHold.LegalHoldEditor>();
        services.AddScoped<Retention.CaseAnonymiser>();
        services.AddScoped<Retention.MaintenanceDatabase>();
        services.AddScoped<Retention.AuditPurger>();
        services.AddHostedService<Retention.RetentionJob>();
        return services;
    }
}
