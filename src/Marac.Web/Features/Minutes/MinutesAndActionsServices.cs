namespace Marac.Web.Features.Minutes;

/// <summary>The minutes and action-tracking services.</summary>
public static class MinutesAndActionsServices
{
    public static IServiceCollection AddMinutesAndActions(this IServiceCollection services)
    {
        services.AddScoped<MinutesDeadline>();
        services.AddScoped<MinutesNotifier>();
        services.AddScoped<MinutesService>();
        services.AddScoped<MinutesRecordsLoader>();
        services.AddScoped<MinutesReader>();
        services.AddScoped<MinutesReminders>();
        services.AddScoped<MinutesList>();
        services.AddScoped<Actions.AgencyActions>();
        services.AddScoped<Actions.ActionUpdater>();
        services.AddScoped<Actions.ActionOverview>();
        return services;
    }
}
