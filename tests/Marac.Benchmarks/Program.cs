using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Run: dotnet run -c Release --project tests/Marac.Benchmarks -- --filter '*'
// The first run builds the 100,000-referral SQLite database (cached under the temp folder).
// The live-meeting load harness is a separate mode: dotnet run -c Release --project tests/Marac.Benchmarks -- live-meeting
// The case page under wrk (Debian's): dotnet run -c Release --project tests/Marac.Benchmarks -- case-page-load
if (Marac.Benchmarks.LiveMeeting.LiveMeetingLoad.IsRequested(args))
{
    await Marac.Benchmarks.LiveMeeting.LiveMeetingLoad.RunAsync(Console.Out, args);
    return;
}

if (Marac.Benchmarks.LiveMeeting.CasePageLoad.IsRequested(args))
{
    await Marac.Benchmarks.LiveMeeting.CasePageLoad.RunAsync(Console.Out);
    return;
}

if (args.Length > 0 && args[0] == "agenda-queries")
{
    await Marac.Benchmarks.QueryProfile.RunAsync();
    return;
}

var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(Marac.Benchmarks.BenchmarkDatabase).Assembly).Run(args, config);
