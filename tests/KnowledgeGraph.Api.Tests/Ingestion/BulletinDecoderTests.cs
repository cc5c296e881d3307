using System.Text;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Ingestion;

public sealed class BulletinDecoderTests
{
    private readonly BulletinDecoder decoder = new();

    [Fact]
    public async Task Decode_SeedUtf8WithoutBom_TextUnchanged()
    {
        var path = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        var bytes = await File.ReadAllBytesAsync(path);

        var decoded = decoder.Decode(bytes);

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(await File.ReadAllTextAsync(path), decoded.Text);
        Assert.Contains("国家乳业技术创新中心", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8WithBom_BomStrippedOffsetsStartAtText()
    {
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes("国家乳业技术创新中心实现五个里程碑式进展")).ToArray();

        var decoded = decoder.Decode(bytes);

        Assert.Equal("utf-8-bom", decoded.Encoding);
        Assert.StartsWith("国家乳业", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_GbkBytes_DecodedAsGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string Text = "内蒙古将乳业创新作为“科技兴蒙”行动的重要内容，国家乳业技术创新中心";
        var gbk = Encoding.GetEncoding("GBK").GetBytes(Text);

        var decoded = decoder.Decode(gbk);

        Assert.Equal("gbk", decoded.Encoding);
        Assert.Equal(Text, decoded.Text);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "no text")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "NUL")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF")]
    public void Decode_EmptyBlankOrBinary_RejectedWithReason(byte[] bytes, string reason)
    {
        var ex = Assert.Throws<BulletinDecodingException>(() => decoder.Decode(bytes));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }
}
