using Marac.Web.Infrastructure.Auth;
using Marac.Web.Infrastructure.Hosting;
using Marac.Web.Infrastructure.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddAuditKeys();
builder.AddMaracDatabase();
builder.AddMaracAuthentication();
builder.AddMaracWeb();
PublicLinks.AddPublicLinks(builder);

var app = builder.Build();
await app.PrepareDatabaseAsync();
if (Marac.Web.Features.Governance.Audit.AuditVerifyCommand.IsRequested(args))
{
    Environment.ExitCode = await Marac.Web.Features.Governance.Audit.AuditVerifyCommand.RunAsync(app.Services, Console.Out, args);
    return;
}
if (Marac.Web.Features.Statistics.Import.ImportCommand.IsRequested(args))
{
    Environment.ExitCode = await Marac.Web.Features.Statistics.Import.ImportCommand.RunAsync(app.Services, args, Console.Out);
    return;
}
app.UseMaracPipeline();
await app.RunAsync();

/// <summary>Entry point; public so the tests can host the app.</summary>
public partial class Program;
