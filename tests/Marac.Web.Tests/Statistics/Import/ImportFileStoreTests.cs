using Marac.Web.Features.Statistics.Import;
using Marac.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace Marac.Web.Tests.Statistics.Import;

public sealed class ImportFileStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"marac-imports-{Guid.NewGuid():N}");
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_file_is_kept_under_a_random_name_for_an_hour_only()
    {
        var store = new ImportFileStore(new HostingEnvironment { ContentRootPath = _root }, new ConfigurationBuilder().Build(), _clock);

        var token = (await store.SaveAsync(new MemoryStream("a,b\n1,2\n"u8.ToArray()), CancellationToken.None)).ShouldNotBeNull();

        token.ShouldMatch("^[0-9a-f]{32}$");
        Directory.GetFiles(Path.Combine(_root, "App_Data", "imports")).ShouldHaveSingleItem().ShouldEndWith(token + ".upload");
        using (var file = store.Open(token).ShouldNotBeNull())
        {
            file.Length.ShouldBe(8);
        }
        store.Open("../../etc/passwd").ShouldBeNull();
        _clock.Advance(TimeSpan.FromMinutes(61));
        store.Open(token).ShouldBeNull();
        Directory.GetFiles(Path.Combine(_root, "App_Data", "imports")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_over_the_limit_is_not_kept()
    {
        var store = new ImportFileStore(new HostingEnvironment { ContentRootPath = _root }, new ConfigurationBuilder().Build(), _clock);

        (await store.SaveAsync(new MemoryStream(new byte[CaseListFile.MaxBytes + 1]), CancellationToken.None)).ShouldBeNull();

        Directory.GetFiles(Path.Combine(_root, "App_Data", "imports")).ShouldBeEmpty();
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
