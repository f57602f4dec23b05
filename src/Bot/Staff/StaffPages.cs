using Microsoft.Extensions.FileProviders;

namespace HelpBot.Bot.Staff;

/// <summary>
/// The staff and editor pages. Without a session /staff and /editor redirect to the sign-in page;
/// the pages themselves are static files that talk to the APIs.
/// </summary>
public static class StaffPages
{
    public static WebApplication MapStaffPages(this WebApplication app)
    {
        app.MapGet("/staff/login", (IWebHostEnvironment env) => Page(env, "staff/login.html"));
        app.MapGet("/staff", (IWebHostEnvironment env) => Page(env, "staff/index.html")).RequireAuthorization(StaffPolicies.Staff);
        app.MapGet("/editor", (IWebHostEnvironment env) => Page(env, "editor/index.html")).RequireAuthorization(StaffPolicies.Editor);
        return app;
    }

    private static IResult Page(IWebHostEnvironment env, string path)
    {
        var file = env.WebRootFileProvider.GetFileInfo(path);
        return file.Exists
            ? Results.Stream(file.CreateReadStream(), "text/html; charset=utf-8")
            : Results.NotFound();
    }
}
