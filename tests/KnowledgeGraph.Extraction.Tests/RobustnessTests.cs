using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class RobustnessTests
{
    // News-like text about other provinces, written for this test (not from the seeds).
    private const string OtherProvinces = """
         广东深圳：鹏城实验室助力大湾区科技创新

          近日，广东省科学技术厅联合深圳市科技创新局召开重大科技基础设施建设推进会。鹏城实验室依托哈尔滨工
        业大学建设网络通信重大科技基础设施，由高文院士牵头的团队发布“鹏城云脑”等一批重大创新成果。

          深圳高新区持续推进集成电路产业发展，支持华为技术有限公司、比亚迪股份有限公司等龙头企业在新能源汽车
        和芯片领域开展关键技术攻关。2023 年，全市新增国家级科技企业孵化器 12 家。

        浙江杭州：之江实验室加快建设智能计算平台

          浙江省科技厅印发《浙江省科技企业孵化器认定和管理办法》，支持之江实验室、浙江大学和杭州高新区共建人
        工智能创新高地。之江实验室围绕智能计算、人工智能等领域，累计承担国家重点研发计划项目 46 项。
        """;

    private readonly RuleBasedExtractor extractor = new();

    [Fact]
    public void Extract_NewsFromOtherProvinces_FindsPlausibleEntities()
    {
        var graph = extractor.Extract("other", OtherProvinces);

        var names = graph.Entities.Select(e => $"{e.Kind}:{e.Name}").ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Lab:鹏城实验室", names);
        Assert.Contains("Lab:之江实验室", names);
        Assert.Contains("GovernmentAgency:广东省科学技术厅", names);
        Assert.Contains("GovernmentAgency:深圳市科技创新局", names);
        Assert.Contains("GovernmentAgency:浙江省科技厅", names);
        Assert.Contains("University:哈尔滨工业大学", names);
        Assert.Contains("University:浙江大学", names);
        Assert.Contains("Enterprise:华为技术有限公司", names);
        Assert.Contains("Enterprise:比亚迪股份有限公司", names);
        Assert.Contains("Park:深圳高新区", names);
        Assert.Contains("Person:高文", names);
        Assert.Contains("Policy:浙江省科技企业孵化器认定和管理办法", names);
        Assert.Contains("Region:广东省", names);
        Assert.Contains("Region:杭州市", names);
        Assert.DoesNotContain(names, n => n.EndsWith(":国家级科技企业孵化器", StringComparison.Ordinal));

        Assert.Contains(graph.Relations, r => r.FromId == "Lab:鹏城实验室" && r.Kind == RelationKind.LocatedIn && r.ToId == "Region:440300");
        Assert.Contains(graph.Relations, r => r.FromId == "Lab:之江实验室" && r.Kind == RelationKind.LocatedIn && r.ToId == "Region:330100");
        Assert.Contains(graph.Relations, r => r.FromId == "GovernmentAgency:浙江省科技厅" && r.Kind == RelationKind.LocatedIn && r.ToId == "Region:330000");
        Assert.Contains(graph.Relations, r => r.FromId == "Enterprise:比亚迪股份有限公司" && r.Kind == RelationKind.OperatesIn && r.ToId == "IndustryChain:新能源汽车");
        Assert.Contains(graph.Relations, r => r.FromId == "Policy:浙江省科技企业孵化器认定和管理办法" && r.Kind == RelationKind.IssuedBy && r.ToId == "GovernmentAgency:浙江省科技厅");
        Assert.Equal(["广东深圳：鹏城实验室助力大湾区科技创新", "浙江杭州：之江实验室加快建设智能计算平台"], graph.Articles.Select(a => a.Title));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("Hello world. No Chinese here at all, only ASCII words and numbers 12345.")]
    [InlineData("。，、；：“”《》（）！？……——")]
    [InlineData("😀🚀🔬 实验室😀 大学🎓 \u0000\u0001\u0007\u001b 中心")]
    [InlineData("《《《《《《》》》“““““”")]
    [InlineData("\uD800\uDC00\uD800 孤立代理\uDC00 研究院")]
    public void Extract_OddInput_ReturnsAGraphWithoutThrowing(string text)
    {
        var graph = extractor.Extract("odd", text);

        Assert.All(graph.Mentions, m => Assert.InRange(m.End, m.Start, text.Length));
    }

    [Fact]
    public void Extract_RandomInput_NeverThrowsAndKeepsOffsetsInBounds()
    {
        var random = new Random(20240601);
        var seedText = Seeds.Read(Seeds.InnerMongolia) + Seeds.Read(Seeds.DairyCentre);
        const string pool = "实验室中心大学研究院公司集团技术创新示范区高新区农高区由和与及的支持推动依托牵头院士教授研究员“”‘’《》（）【】。，、；：！？…—\n \t\r0123456789ABCabc.%+-/省市区县内蒙古南京武汉（筹）";
        for (var round = 0; round < 300; round++)
        {
            var text = (round % 3) switch
            {
                0 => RandomFrom(random, pool, random.Next(0, 3000)),
                1 => Shuffle(random, seedText.Split('\n')),
                _ => RandomChars(random, random.Next(0, 2000)),
            };

            var graph = extractor.Extract($"fuzz-{round}", text);

            Assert.All(graph.Mentions, m =>
            {
                Assert.InRange(m.Start, 0, text.Length);
                Assert.InRange(m.End, m.Start, text.Length);
            });
            var ids = graph.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            Assert.All(graph.Relations, r => Assert.True(ids.Contains(r.FromId) && ids.Contains(r.ToId), r.Id));
        }
    }

    [Fact]
    public void Extract_HugeInput_FinishesInSeconds()
    {
        var text = string.Concat(Enumerable.Repeat(Seeds.Read(Seeds.InnerMongolia) + Seeds.Read(Seeds.DairyCentre), 100));
        var clock = Stopwatch.StartNew();

        var graph = extractor.Extract("huge", text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Contains(graph.Entities, e => e.Name == "国家乳业技术创新中心");
        Assert.True(text.Length > 1_000_000);
    }

    [Fact]
    public void Extract_OneEndlessLine_DoesNotHang()
    {
        var text = new StringBuilder().Insert(0, "支持国家乳业技术创新中心和内蒙古农业大学", 20_000).ToString();
        var clock = Stopwatch.StartNew();

        var graph = extractor.Extract("line", text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.NotEmpty(graph.Entities);
        Assert.NotEmpty(BulletinReader.Read(text).Articles);
    }

    [Fact]
    public void Extract_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => extractor.Extract("c", Seeds.Read(Seeds.DairyCentre), cancel.Token));
    }

    private static string RandomFrom(Random random, string pool, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = pool[random.Next(pool.Length)];
        }

        return new string(chars);
    }

    private static string RandomChars(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(0, 0x10000);
        }

        return new string(chars);
    }

    private static string Shuffle(Random random, string[] lines) => string.Join('\n', lines.OrderBy(_ => random.Next()).Take(random.Next(1, lines.Length)));
}
