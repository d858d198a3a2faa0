using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics.Export;

/// <summary>
/// Attendance, research returns and actions by agency. These count agencies' work, not people, so the
/// publication variant shows them in full.
/// </summary>
public static class SteeringGroupSheet
{
    public static void Write(SheetWriter sheet, StatisticsReport report)
    {
        sheet.Headers(("Agency", 40), ("Meetings invited", 11), ("Meetings attended", 11), ("Attendance", 11), ("Cases listed", 10),
            ("Research returns", 10), ("Research returns %", 11), ("Actions agreed", 10), ("Completed on time", 11), ("Completed late", 10),
            ("Not possible", 10), ("Not done", 10), ("Open, overdue", 10), ("Open, not yet due", 10));
        sheet.Sheet.Row(SheetWriter.HeaderRow).Height = 45;
        var steering = report.SteeringGroup;
        foreach (var agency in steering.Agencies)
        {
            sheet.NextRow();
            Figures(sheet, agency);
        }
        sheet.NextRow();
        Figures(sheet, steering.Total);
        sheet.Sheet.Row(sheet.Row).Style.Font.SetBold(true);
        sheet.NextRow();
        sheet.NextRow();
        sheet.Text(1, $"Open actions due before {steering.ActionsOverdueOn:d MMMM yyyy} are overdue. Proposed and declined actions are not counted.");
    }

    private static void Figures(SheetWriter sheet, AgencyFigures a)
    {
        sheet.Text(1, a.Agency);
        sheet.Total(2, a.MeetingsInvited);
        sheet.Total(3, a.MeetingsAttended);
        Ratio(sheet, 4, a.AttendancePercent);
        sheet.Total(5, a.CasesListed);
        sheet.Total(6, a.ResearchReturns);
        Ratio(sheet, 7, a.ResearchReturnPercent);
        var column = 8;
        foreach (var count in new[] { a.Actions.Agreed, a.Actions.CompletedOnTime, a.Actions.CompletedLate, a.Actions.NotPossible,
                     a.Actions.NotDone, a.Actions.OpenOverdue, a.Actions.OpenNotYetDue })
        {
            sheet.Total(column++, count);
        }
    }

    private static void Ratio(SheetWriter sheet, int column, double? percent)
    {
        if (percent is { } p)
        {
            sheet.Number(column, p / 100, SheetWriter.PercentFormat);
        }
        else
        {
            sheet.Text(column, SmallNumberSuppression.HiddenPercent);
        }
    }
}
