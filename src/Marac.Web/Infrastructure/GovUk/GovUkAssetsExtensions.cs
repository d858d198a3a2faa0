using Microsoft.Extensions.FileProviders;

namespace Marac.Web.Infrastructure.GovUk;

public static class GovUkAssetsExtensions
{
    /// <summary>Where the build copies govuk-frontend's assets folder (images, manifest), under the web root.</summary>
    public const string AssetsFolder = "lib/govuk-frontend/assets";

    /// <summary>
    /// Serves govuk-frontend's assets at <c>/assets</c>, where its precompiled CSS looks for them.
    /// Call it next to <c>UseStaticFiles()</c>. The files come from the npm package through the build
    /// (see Marac.Web.csproj); when they are missing the middleware serves nothing and logs a warning.
    /// </summary>
    public static IApplicationBuilder UseGovUkAssets(this IApplicationBuilder app)
    {
        var environment = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>();
        var folder = Path.Combine(environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot"), AssetsFolder);
        IFileProvider files;
        if (Directory.Exists(folder))
        {
            files = new PhysicalFileProvider(folder);
        }
        else
        {
            app.ApplicationServices.GetRequiredService<ILoggerFactory>()
                .CreateLogger(typeof(GovUkAssetsExtensions))
                .LogWarning("GOV.UK Frontend assets were not found at {Folder}; build the project to copy them from node_modules", folder);
            files = new NullFileProvider();
        }
        return app.UseStaticFiles(new StaticFileOptions { RequestPath = "/assets", FileProvider = files });
    }
}
