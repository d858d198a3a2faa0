using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Policy;
using Marac.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Web.Tests.Sharing;

/// <summary>
/// The no-leak test generated from the policy table: for every row of <see cref="SharingPolicy"/> and every phase
/// of a case that row can be in, the marked case is arranged so that one demo user belongs to that row, and every
/// page and download (from the endpoint table), their notifications and their e-mails after a correction, and
/// the log are read as that user. Exactly the markers the row's cell allows may appear.
/// </summary>
public sealed class PolicyRowNoLeakTests : IClassFixture<NoLeakTests.MarkedCaseApp>, IAsyncLifetime
{
    private readonly NoLeakTests.MarkedCaseApp _app;
    private MarkedCase _case = null!;

    public PolicyRowNoLeakTests(NoLeakTests.MarkedCaseApp app) => _app = app;

    public async Task InitializeAsync() => _case = await _app.CaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<Audience, CasePhase> RowsAndPhases()
    {
        var data = new TheoryData<Audience, CasePhase>();
        foreach (var row in SharingPolicy.Rows)
        {
            foreach (var phase in Enum.GetValues<CasePhase>().Where(p => p != CasePhase.WhileGranted || MarkedCase.GrantHolders.Contains(row.Who)))
            {
                data.Add(row.Who, phase);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RowsAndPhases))]
    public async Task Each_policy_row_sees_exactly_the_markers_its_cell_allows(Audience audience, CasePhase phase)
    {
        var viewer = await _case.ArrangeRowAsync(_app, audience, phase);
        var cell = SharingPolicy.For(audience).At(phase);
        var before = MailFiles().ToHashSet();

        var text = await Surfaces.ReadAllAsync(_app, _case, viewer.ObjectId);
        var mail = await CorrectionMailAsync(viewer, before);

        bool Expected(string marker) => MarkedCase.RowMaySee(cell, marker);
        var checkedMarkers = MarkedCase.CheckedFor(audience, viewer, cell);
        var where = string.Join(" | ", text.Split("\n/").Where(part => MarkedCase.Markers.Keys.Any(m => !Expected(m) && part.Contains(m, StringComparison.Ordinal))).Select(part => part.Split('\n')[0]));
        MarkedCase.Compare(text, Expected, checkedMarkers).ShouldBeEmpty($"{audience} {phase}: {cell.Describe()}; leaked on {where}");
        MarkedCase.Markers.Keys.Where(m => !Expected(m) && mail.Contains(m, StringComparison.Ordinal)).ShouldBeEmpty("e-mails and notifications");
        MarkedCase.MarkersInLogs(_app).ShouldBeEmpty();
    }

    [Fact]
    public void An_audience_that_holds_no_grant_sees_the_same_once_accepted_whether_or_not_any_grant_is_live()
    {
        foreach (var row in SharingPolicy.Rows.Where(r => !MarkedCase.GrantHolders.Contains(r.Who)))
        {
            row.WhileGranted.ShouldBe(row.AfterGrantEnds, row.Label);
        }
    }

    /// <summary>
    /// The coordinator corrects the case: everyone who read it is told. The viewer's notifications page and the
    /// e-mails addressed to them since <paramref name="before"/>, as text.
    /// </summary>
    private async Task<string> CorrectionMailAsync(MarkedCase.PolicyViewer viewer, HashSet<string> before)
    {
        var coordinator = await _app.StaffAsync(DemoPartnership.CoordinatorObjectId);
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CorrectionNotices>().TellViewersAsync(_case.ReferralId, coordinator.Id, "http://localhost:5080/");
        }
        using var client = _app.CreateClientAs(viewer.ObjectId);
        var notifications = await (await client.GetAsync("/notifications")).Content.ReadAsStringAsync();
        var mails = MailFiles().Where(f => !before.Contains(f)).Select(File.ReadAllText).Where(m => m.Contains(viewer.Email, StringComparison.OrdinalIgnoreCase));
        return string.Join('\n', mails.Prepend(notifications));
    }

    private IEnumerable<string> MailFiles() =>
        Directory.Exists(_app.MailFolder) ? Directory.EnumerateFiles(_app.MailFolder, "*.eml", SearchOption.AllDirectories) : [];
}
