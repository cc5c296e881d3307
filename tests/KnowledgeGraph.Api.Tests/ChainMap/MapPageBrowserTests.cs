using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.ChainMap;

/// <summary>The /map page in headless Chromium against the seeded Kestrel server: what a planner sees and exports.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class MapPageBrowserTests(SeededServer server) : IAsyncLifetime
{
    private const string Distribution = "ChainSegment:乳业/冷链与销售";
    private IPlaywright? playwright;
    private IBrowser? browser;

    public static string OutputDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "map-page")).FullName;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    [Fact]
    public async Task Map_DairyInnerMongolia_LanesGapMarkerAndSourceSentence()
    {
        var page = await OpenDairyMapAsync();

        Assert.Equal(["上游  →", "中游  →", "下游"], await page.Locator("#map .lane-title").AllTextContentsAsync());
        Assert.Equal(8, await page.Locator("#map .segment").CountAsync());
        Assert.Equal("饲草种植", await page.Locator("#map .segment .title").First.TextContentAsync());
        Assert.True(await page.Locator("#map path.supplies").CountAsync() >= 7);

        var distribution = page.Locator($"#map .segment[data-segment-id=\"{Distribution}\"]");
        await Assertions.Expect(distribution.Locator(".gap-marker")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#gaps li[data-kind=INNOVATION_GAP]").Filter(new() { HasText = "「冷链与销售」环节有 1 家企业" })).ToHaveCountAsync(1);

        await page.Locator("#map .entity[data-entity-id*=\"奶牛繁育与养殖技术研究中心\"]").First.ClickAsync();
        await Assertions.Expect(page.Locator("#detail-title")).ToHaveTextAsync("奶牛繁育与养殖技术研究中心");
        var sentence = page.Locator("#detail-mentions li.mention").Filter(new() { HasText = "奶牛繁育与养殖技术研究中心" }).First;
        await Assertions.Expect(sentence).ToBeVisibleAsync();
        await Assertions.Expect(sentence.Locator(".source")).ToContainTextAsync("国家乳业技术创新中心");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(OutputDirectory, "map-乳业-内蒙古.png"), FullPage = true });
    }

    [Fact]
    public async Task Export_GraphML_ValidAgainstGraphMLSchema()
    {
        var page = await OpenDairyMapAsync();

        var file = await DownloadAsync(page, "graphml");

        var schemas = new XmlSchemaSet();
        schemas.Add("http://graphml.graphdrawing.org/xmlns", Path.Combine(AppContext.BaseDirectory, "ChainMap", "graphml.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message}");
        using (var reader = XmlReader.Create(file, settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(errors);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var doc = XDocument.Load(file);
        var nodes = doc.Descendants(g + "node").ToList();
        Assert.Contains(nodes, n => n.Elements(g + "data").Any(d => d.Value == DairyEnterprisesBulletin.Mengniu));
        Assert.Equal(7, doc.Descendants(g + "edge").Count(e => e.Elements(g + "data").Any(d => d.Value == "SUPPLIES")));
    }

    [Fact]
    public async Task Export_Csv_BomHeaderAndOneRowPerPlacement()
    {
        var page = await OpenDairyMapAsync();

        var bytes = await File.ReadAllBytesAsync(await DownloadAsync(page, "csv"));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(
            ["chain", "region", "segment_id", "segment", "stage", "scope", "entity_id", "entity", "kind", "kind_label", "role", "region_code", "via", "relation_id"],
            rows[0]);
        Assert.All(rows.Skip(1), r => Assert.Equal(rows[0].Count, r.Count));
        var mengniu = Assert.Single(rows, r => r[6] == DairyEnterprisesBulletin.Mengniu);
        Assert.Equal(["乳业", "内蒙古自治区", Distribution, "冷链与销售", "下游", "local"], mengniu.Take(6));
        Assert.Equal("elsewhere", Assert.Single(rows, r => r[6] == DairyEnterprisesBulletin.Weigang)[5]);
        Assert.Equal("链主", Assert.Single(rows, r => r[6] == DairyEnterprisesBulletin.Yili)[10]);
    }

    [Fact]
    public async Task Export_SvgPngJson_WellFormed()
    {
        var page = await OpenDairyMapAsync();

        var svg = XDocument.Load(await DownloadAsync(page, "svg"));
        var png = await File.ReadAllBytesAsync(await DownloadAsync(page, "png"));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(await DownloadAsync(page, "json")));

        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Root!.Name);
        Assert.Contains(svg.Descendants(), e => e.Value == "冷链与销售");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        Assert.True(png.Length > 10_000, $"PNG of {png.Length} bytes is too small to hold the map");
        Assert.Equal(8, json.RootElement.GetProperty("chainMap").GetProperty("segments").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("gaps").GetArrayLength() > 0);
    }

    private async Task<IPage> OpenDairyMapAsync()
    {
        var page = await browser!.NewPageAsync(new BrowserNewPageOptions
        {
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1500, Height = 1100 },
            BaseURL = server.BaseAddress.ToString(),
        });
        var consoleErrors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                consoleErrors.Add(m.Text);
            }
        };
        await page.GotoAsync("/map");
        await Assertions.Expect(page.Locator("#chain option[value=乳业]")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#chain", "乳业");
        await page.FillAsync("#region", "内蒙古");
        await page.ClickAsync("#show");
        await Assertions.Expect(page.Locator("#map .segment")).ToHaveCountAsync(8);
        Assert.Empty(consoleErrors);
        return page;
    }

    private static async Task<string> DownloadAsync(IPage page, string format)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"[data-export={format}]"));
        var path = Path.Combine(OutputDirectory, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }
}
