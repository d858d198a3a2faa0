using System.Text;

namespace Marac.Web.Features.Statistics.Import;

public enum CaseListFormat { NotRecognised, Csv, Xlsx }

/// <summary>Recognises a case list by its content (not its name) and opens its rows.</summary>
public static class CaseListFile
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const string TooLarge = "The selected file must be smaller than 20 MB";
    public const string NotRecognised = "The selected file must be a CSV or an Excel (.xlsx) workbook";

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Looks only at the first few kilobytes: a ZIP header means .xlsx; readable UTF-8 text with no control bytes means CSV.</summary>
    public static CaseListFormat Recognise(Stream stream)
    {
        var head = new byte[8192];
        var read = ReadUpTo(stream, head);
        stream.Position = 0;
        if (read >= 4 && head.AsSpan(0, 4).SequenceEqual(ZipSignature))
        {
            return CaseListFormat.Xlsx;
        }
        return read > 0 && LooksLikeText(head.AsSpan(0, read)) ? CaseListFormat.Csv : CaseListFormat.NotRecognised;
    }

    public static IEnumerable<SheetRow> Rows(Stream stream, CaseListFormat format) => format switch
    {
        CaseListFormat.Csv => CsvRowReader.Read(stream),
        CaseListFormat.Xlsx => XlsxRowReader.Read(stream),
        _ => throw new InvalidDataException(NotRecognised),
    };

    private static int ReadUpTo(Stream stream, byte[] buffer)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }
        return total;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n')
            {
                return false;
            }
        }
        // A multi-byte character may be cut at the end of the sample: allow up to 3 trailing bytes.
        for (var trim = 0; trim <= Math.Min(3, bytes.Length - 1); trim++)
        {
            if (IsUtf8(bytes[..^trim]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
