using System.Text;
using ClosedXML.Excel;

namespace Marac.Web.Tests.Statistics.Import;

/// <summary>Hand-made case lists for the import tests.</summary>
public static class CaseListSamples
{
    public const string Header =
        "MeetingDate,CaseReference,ReferralDate,ReferringAgencies,VictimId,PerpetratorIds,VictimGender,VictimDateOfBirth,VictimAge,"
        + "VictimEthnicity,VictimDisabled,VictimLgbt,ChildrenInHousehold,PerpetratorDateOfBirth,PerpetratorAge,Repeat";

    public const string WhiteBritish = "\"White: English, Welsh, Scottish, Northern Irish or British\"";
    public const string Indian = "Asian or Asian British: Indian";

    /// <summary>A unique prefix per test, so cases added to the shared app's database never collide.</summary>
    public static string NewPrefix() => "T" + Guid.NewGuid().ToString("N")[..8];

    public static MemoryStream Csv(params string[] lines) =>
        new(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    /// <summary>
    /// Four cases heard in Q2 2021 (the hand-worked figures are in the test that uses them):
    /// row 2 and row 4 share victim V1 and perpetrator P1, so row 4 is a computed repeat; row 3 is a repeat by the file's word.
    /// </summary>
    public static string[] ValidQuarter(string p) =>
    [
        Header,
        $"2021-04-14,{p}-1,2021-04-01,Police,{p}V1,{p}P1,Female,1990-01-01,,{WhiteBritish},No,No,2,,17,",
        $"2021-04-14,{p}-2,2021-04-05,Police;IDVA,{p}V2,{p}P2,Male,,16,{Indian},Yes,Not known,0,,,Yes",
        $"2021-05-12,{p}-3,2021-05-01,Children's Social Care,{p}V1,{p}P1;{p}P3,Female,1990-01-01,,Not known,Not known,Yes,3,1980-06-30,,",
        $"2021-05-12,{p}-4,2021-05-02,other,{p}V3,{p}P4,Female,,40,{WhiteBritish},No,No,0,,,No",
    ];

    /// <summary>One good row (row 2) and one bad row for each kind of problem the issue names.</summary>
    public static string[] BadRows(string p, string year = "2010") =>
    [
        Header,
        $"{year}-03-10,{p}-ok,{year}-03-01,Police,{p}V1,{p}P1,Female,,30,Not known,No,No,1,,,",
        $"{year}-03-10,{p}-cat,{year}-03-01,Police;Neighbourhood Watch,{p}V2,{p}P2,Female,,30,Not known,No,No,0,,,",
        $"{year}-02-31,{p}-date,{year}-02-01,Police,{p}V3,{p}P3,Female,,30,Not known,No,No,0,,,",
        $"{year}-03-10,,{year}-03-01,Police,{p}V4,{p}P4,Female,,30,Not known,No,No,0,,,",
        $"{year}-03-10,{p}-ok,{year}-03-01,Police,{p}V5,{p}P5,Female,,30,Not known,No,No,0,,,",
        $"{year}-03-10,{p}-num,{year}-03-01,Police,{p}V6,{p}P6,Female,,30,Not known,No,No,three,,,",
        $"{year}-03-10,{p}-formula,{year}-03-01,Police,{p}V7,{p}P7,Female,,30,Not known,No,No,=1+1,,,",
    ];

    /// <summary>An .xlsx with the header, one good row (Excel dates, numbers), and a row whose children cell is a formula.</summary>
    public static MemoryStream Workbook(string p)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Cases");
        var headings = Header.Split(',');
        for (var i = 0; i < headings.Length; i++)
        {
            sheet.Cell(1, i + 1).Value = headings[i];
        }
        WriteRow(sheet, 2, p + "-x1");
        WriteRow(sheet, 3, p + "-x2");
        sheet.Cell(3, 13).FormulaA1 = "1+1";
        sheet.Cell(4, 1).Value = new DateTime(2010, 3, 10);
        sheet.Cell(4, 2).Value = p + "-x3";
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    private static void WriteRow(IXLWorksheet sheet, int row, string reference)
    {
        sheet.Cell(row, 1).Value = new DateTime(2010, 3, 10);
        sheet.Cell(row, 2).Value = reference;
        sheet.Cell(row, 3).Value = new DateTime(2010, 3, 1);
        sheet.Cell(row, 4).Value = "Police; Secondary Care / Acute Trust";
        sheet.Cell(row, 5).Value = reference + "V";
        sheet.Cell(row, 6).Value = reference + "P";
        sheet.Cell(row, 7).Value = "Female";
        sheet.Cell(row, 9).Value = 30;
        sheet.Cell(row, 10).Value = "White: English, Welsh, Scottish, Northern Irish or British";
        sheet.Cell(row, 11).Value = "No";
        sheet.Cell(row, 12).Value = "No";
        sheet.Cell(row, 13).Value = 2;
    }

    /// <summary>The first bytes of a Windows executable, under a name that claims CSV.</summary>
    public static MemoryStream Executable()
    {
        var bytes = new byte[4096];
        "MZ"u8.CopyTo(bytes);
        bytes[2] = 0x90;
        bytes[60] = 0x80;
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
        return new MemoryStream(bytes);
    }
}
