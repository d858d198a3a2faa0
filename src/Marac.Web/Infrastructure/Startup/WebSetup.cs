using Marac.Web.Features.LiveMeeting;
using Marac.Web.Infrastructure.Auth;
using Marac.Web.Infrastructure.Email;
using Marac.Web.Infrastructure.GovUk;
using Marac.Web.Infrastructure.Health;
using Marac.Web.Infrastructure.Security;
using Marac.Web.Features.Sharing;
using Microsoft.AspNetCore.HttpOverrides;

namespace Marac.Web.Infrastructure.Startup;

public static class WebSetup
{
    public static WebApplicationBuilder AddMaracWeb(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);
        var services = builder.Services;
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/Referrals", Policies.MakesReferrals);
                o.Conventions.AuthorizeFolder("/Administration", Policies.Administrator);
                o.Conventions.AuthorizeFolder("/Meetings", Policies.Coordinator);
                o.Conventions.AuthorizeFolder("/Agendas", Policies.CaseWorker);
                o.Conventions.AuthorizeFolder("/Sharing", Policies.Coordinator);
                o.Conventions.AddPageRoute("/Referrals/Form", "/referrals/{id:int}/edit");
            })
            .AddMvcOptions(o =>
            {
                o.ModelBinderProviders.Insert(0, new GovUkDateModelBinderProvider());
                o.Filters.Add(new UnknownHandlerFilter());
                o.Filters.Add(new CaseAccessGate());
            })
            .AddCookieTempDataProvider(o =>
            {
                var secure = AuthenticationSetup.SecureCookies(builder.Configuration);
                o.Cookie.Name = secure ? "__Host-Marac.TempData" : "Marac.TempData";
                o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.Cookie.HttpOnly = true;
                o.Cookie.Path = "/";
                o.Cookie.IsEssential = true;
            });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AuthenticationSetup.AntiforgeryCookieNameFor(builder.Configuration);
            o.Cookie.SecurePolicy = AuthenticationSetup.SecureCookies(builder.Configuration) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
        services.AddFeatureServices();
        services.AddLiveMeeting(builder.Configuration);
        services.AddEmail(builder.Configuration, builder.Environment);
        return builder;
    }

    public static WebApplication UseMaracPipeline(this WebApplication app)
    {
        if (app.Configuration.GetValue("Hosting:BehindProxy", false))
        {
            app.UseForwardedHeaders();
        }
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseSecurityHeaders();
        app.UseGovUkAssets();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapMeetingHub();
        return app;
    }
}
