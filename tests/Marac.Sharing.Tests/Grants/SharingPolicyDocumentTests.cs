using Marac.Sharing.Policy;

namespace Marac.Sharing.Tests.Grants;

/// <summary>The written policy (docs/sharing-policy.md) and the policy as data say the same, row by row and cell by cell.</summary>
public sealed class SharingPolicyDocumentTests
{
    [Fact]
    public void The_table_in_the_written_policy_is_the_table_the_code_decides_from()
    {
        var written = WrittenRows();

        var coded = SharingPolicy.Rows.Select(r => new[] { r.Label, r.BeforeAcceptance.Describe(), r.WhileGranted.Describe(), r.AfterGrantEnds.Describe() }
            .Aggregate((a, b) => $"{a} | {b}")).ToList();
        coded.ShouldBe(written);
    }

    [Fact]
    public void Every_audience_the_policy_names_has_one_row()
    {
        SharingPolicy.Rows.Select(r => r.Who).ShouldBe(Enum.GetValues<Audience>(), ignoreOrder: true);
    }

    [Theory]
    [InlineData(Audience.Administrator)]
    [InlineData(Audience.PartnershipLead)]
    [InlineData(Audience.ProposedJointAgency)]
    [InlineData(Audience.ReferringAgencyStaff)]
    public void Some_audiences_see_nothing_at_any_time(Audience who) =>
        Enum.GetValues<CasePhase>().Select(p => SharingPolicy.For(who).At(p).Kind).ShouldAllBe(k => k == AllowanceKind.Nothing);

    private static List<string> WrittenRows()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "sharing-policy.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("| Who |", StringComparison.Ordinal));
        start.ShouldBeGreaterThanOrEqualTo(0, "docs/sharing-policy.md has its table");
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => string.Join(" | ", l.Trim('|').Split('|').Select(c => c.Trim())))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Marac.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Marac.sln not found above the test folder");
    }
}
