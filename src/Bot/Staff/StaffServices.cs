using HelpBot.Bot.Editors;
using HelpBot.Bot.Handoff;

namespace HelpBot.Bot.Staff;

/// <summary>Registers accounts, sign-in, the staff desk, alerts, the staff event stream and the editors' services.</summary>
public static class StaffServices
{
    public static IServiceCollection AddStaff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStaffAuthentication(configuration);
        services.AddApiBadRequests();
        services.AddSingleton<IStaffAccountStore, SqliteStaffAccountStore>();
        services.AddSingleton<IAuditLog, SqliteAuditLog>();
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton<CurrentStaff>();
        services.AddSingleton<ConversationWriter>();
        services.AddSingleton<StaffDesk>();
        services.AddSingleton<StaffEventStream>();
        services.AddSingleton<IStaffNotifier>(sp => sp.GetRequiredService<StaffEventStream>());
        services.AddHostedService<StaffBusListener>();
        services.AddHostedService<EmergencyAlertService>();
        services.AddEditors();
        return services;
    }

    public static WebApplication MapStaff(this WebApplication app)
    {
        app.MapStaffApi();
        app.MapEditorApi();
        app.MapStaffPages();
        return app;
    }
}
