using System.Text;
using KnowledgeGraph.Extraction.Decoding;

namespace KnowledgeGraph.Extraction.Tests.Decoding;

public sealed class BulletinTextDecoderTests
{
    private static readonly string SeedText = File.ReadAllText(SeedPath());

    private readonly BulletinTextDecoder decoder = new();

    static BulletinTextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("GB18030", "gbk")]
    [InlineData("GBK", "gbk")]
    [InlineData("utf-16BE", "utf-16be")]
    [InlineData("utf-16", "utf-16le")]
    public void Decode_WholeSeedInAnotherEncoding_GivesTheSeedText(string encodingName, string expectedLabel)
    {
        var bytes = Encoding.GetEncoding(encodingName).GetBytes(SeedText);

        var result = decoder.Decode(bytes);

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(expectedLabel, result.Encoding);
        Assert.Equal(SeedText, result.Text);
    }

    [Fact]
    public void Decode_Windows1252Text_IsRefusedAsUnknownEncoding()
    {
        var bytes = Encoding.Latin1.GetBytes(string.Concat(Enumerable.Repeat("Réussite à Hohhot — plates-formes d'innovation. ", 40)));

        var result = decoder.Decode(bytes);

        Assert.Equal(DecodingFailure.UnknownEncoding, result.Failure);
    }

    [Fact]
    public void Decode_LineLongerThanTheConfiguredLimit_IsRefusedNamingTheLine()
    {
        var strict = new BulletinTextDecoder(new DecodingOptions { MaxLineLength = 100 });
        var text = "内蒙古：高能级创新平台助力科技\n" + new string('创', 150) + "\n";

        var result = strict.Decode(Encoding.UTF8.GetBytes(text));

        Assert.Equal(DecodingFailure.LineTooLong, result.Failure);
        Assert.StartsWith("Line 2 is 150 characters long", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_FileOverTheByteLimit_IsRefusedBeforeDecoding()
    {
        var small = new BulletinTextDecoder(new DecodingOptions { MaxBytes = 1000 });

        var result = small.Decode(Encoding.UTF8.GetBytes(SeedText));

        Assert.Equal(DecodingFailure.TooLarge, result.Failure);
        Assert.Contains("limit is 1,000", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_MastheadAndPageNumbersOnly_IsPageFurniture()
    {
        var text = "《科技情报参考》  选析情报精华  助力科技决策\n\n7\n\n- 8 -\n第９页\n";

        var result = decoder.Decode(Encoding.UTF8.GetBytes(text));

        Assert.Equal(DecodingFailure.PageFurnitureOnly, result.Failure);
    }

    [Fact]
    public void Decode_SeedWithStrayControlCharacters_KeepsTheTextUnchanged()
    {
        var text = SeedText.Insert(100, "\u0007").Insert(2000, "\u001B");

        var result = decoder.Decode(Encoding.UTF8.GetBytes(text));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void Decode_SameBytesTwice_GivesIdenticalText()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(SeedText + "\U00020BB7");

        Assert.Equal(decoder.Decode(bytes).Text, decoder.Decode(bytes).Text);
        Assert.Equal("gb18030", decoder.Decode(bytes).Encoding);
    }

    private static string SeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal).First();
            }
        }

        throw new InvalidOperationException("seeds/ not found");
    }
}
