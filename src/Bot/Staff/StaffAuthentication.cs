using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HelpBot.Bot.Staff;

/// <summary>
/// Cookie sign-in for staff, editors and admins. Pages without a session redirect to the sign-in page;
/// /api/* answers 401 or 403 as JSON, never a redirect. The cookie expires after the idle timeout.
/// </summary>
public static class StaffAuthentication
{
    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var options = StaffAuthOptions.From(configuration);
        services.AddSingleton(options);
        services.AddAuthentication(StaffPolicies.Scheme).AddCookie(StaffPolicies.Scheme, cookie =>
        {
            cookie.Cookie.Name = "helpbot.staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = options.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/staff/login";
            cookie.AccessDeniedPath = "/staff/login";
            cookie.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = ctx => Api(ctx.Request) ? Json(ctx.Response, 401, "unauthorized", "サインインしてください") : Redirect(ctx),
                OnRedirectToAccessDenied = ctx => Api(ctx.Request) ? Json(ctx.Response, 403, "forbidden", "この操作の権限がありません") : Redirect(ctx),
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, p => p.RequireRole(StaffRoles.Staff, StaffRoles.Admin))
            .AddPolicy(StaffPolicies.Editor, p => p.RequireRole(StaffRoles.Editor, StaffRoles.Admin))
            .AddPolicy(StaffPolicies.Admin, p => p.RequireRole(StaffRoles.Admin));
        services.AddAntiforgery(a =>
        {
            a.HeaderName = "X-CSRF-TOKEN";
            a.Cookie.Name = "helpbot.csrf";
            a.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    private static bool Api(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> ctx)
    {
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task Json(HttpResponse response, int status, string code, string message)
    {
        response.StatusCode = status;
        return response.WriteAsJsonAsync(new { error = new { code, message } });
    }
}
