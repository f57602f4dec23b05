namespace HelpBot.Bot.Handoff;

public static class StaffingServices
{
    /// <summary>The staffing schedule: the dialog needs it too, so it is registered with the conversation layer.</summary>
    public static IServiceCollection AddStaffing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(StaffingOptions.From(configuration));
        services.AddSingleton<StaffingSchedule>();
        return services;
    }
}
