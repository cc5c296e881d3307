using System.Text;

namespace KnowledgeGraph.Extraction.Decoding;

/// <summary>
/// GB18030/GBK, the encoding of Chinese files saved by older Windows tools. GB18030 maps almost any byte sequence to
/// some character, so a clean decode proves little; what separates Chinese text from mojibake is that real text uses
/// mostly the 3,755 common characters of GB2312 level 1 (lead bytes B0–D7) and full-width punctuation (A1–A9).
/// </summary>
internal static class Gb18030Probe
{
    /// <summary>Real bulletins score above 0.9; UTF-8 or Latin-1 bytes read as GBK score well below 0.5.</summary>
    private const double MinCommonShare = 0.75;

    private static readonly Lazy<Encoding> Strict = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string label)
    {
        text = string.Empty;
        label = "gb18030";
        var profile = Profile(bytes);
        if (!profile.WellFormed || profile.DoubleByte + profile.FourByte == 0 || profile.CommonShare < MinCommonShare)
        {
            return false;
        }

        try
        {
            text = Strict.Value.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        label = profile.FourByte == 0 ? "gbk" : "gb18030";
        return true;
    }

    private static ByteProfile Profile(ReadOnlySpan<byte> bytes)
    {
        int common = 0, doubleByte = 0, fourByte = 0, i = 0;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            if (lead is 0x80 or 0xFF || i + 1 >= bytes.Length)
            {
                return new ByteProfile(false, common, doubleByte, fourByte);
            }

            var second = bytes[i + 1];
            if (second is >= 0x30 and <= 0x39)
            {
                if (i + 3 >= bytes.Length || bytes[i + 2] is < 0x81 or > 0xFE || bytes[i + 3] is < 0x30 or > 0x39)
                {
                    return new ByteProfile(false, common, doubleByte, fourByte);
                }

                fourByte++;
                i += 4;
                continue;
            }

            if (second is < 0x40 or 0x7F or 0xFF)
            {
                return new ByteProfile(false, common, doubleByte, fourByte);
            }

            doubleByte++;
            if (second >= 0xA1 && lead is >= 0xA1 and <= 0xA9 or >= 0xB0 and <= 0xD7)
            {
                common++;
            }

            i += 2;
        }

        return new ByteProfile(true, common, doubleByte, fourByte);
    }

    private readonly record struct ByteProfile(bool WellFormed, int Common, int DoubleByte, int FourByte)
    {
        public double CommonShare => DoubleByte + FourByte == 0 ? 0 : (double)Common / (DoubleByte + FourByte);
    }
}
