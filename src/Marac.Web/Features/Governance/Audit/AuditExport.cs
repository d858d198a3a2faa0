using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Exports;

namespace Marac.Web.Features.Governance.Audit;

/// <summary>
/// The audit trail as CSV or as an Excel workbook: one row per event, with its links in the hash chain so
/// the export can be checked on its own. Every text cell is neutralised (<see cref="SpreadsheetSafeText"/>).
/// </summary>
public static class AuditExport
{
    public const string CsvContentType = "text/csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Headings =
    [
        "Sequence", "Occurred at (UK time)", "Action", "User ID", "User", "Record type", "Record ID", "Referral ID",
        "Detail", "Withheld categories", "Grant ID", "Outcome", "Previous hash", "Hash",
    ];

    public static string[] Cells(AuditEvent e) =>
    [
        Number(e.Sequence),
        UkTime.FromUtc(e.OccurredAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        e.Action.ToString(),
        Number(e.UserId),
        e.UserDisplay ?? "",
        e.EntityType,
        e.EntityId ?? "",
        Number(e.ReferralId),
        e.Detail ?? "",
        e.WithheldCategories ?? "",
        Number(e.GrantId),
        e.Outcome ?? "",
        e.PreviousHash,
        e.Hash,
    ];

    public static async Task<int> WriteCsvAsync(IAsyncEnumerable<AuditEvent> events, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Csv.Line(Headings));
        var count = 0;
        await foreach (var e in events.WithCancellation(ct))
        {
            await writer.WriteLineAsync(Csv.Line(Cells(e)));
            count++;
        }
        return count;
    }

    public static async Task<int> WriteXlsxAsync(IAsyncEnumerable<AuditEvent> events, Stream output, CancellationToken ct)
    {
        using var workbook = new XLWorkbook();
        var sheet = Sheets.Add(workbook, "Audit trail", Headings);
        var row = Sheets.HeadingRow;
        await foreach (var e in events.WithCancellation(ct))
        {
            Sheets.WriteRow(sheet, ++row, Cells(e));
        }
        workbook.SaveAs(output);
        return row - Sheets.HeadingRow;
    }

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
