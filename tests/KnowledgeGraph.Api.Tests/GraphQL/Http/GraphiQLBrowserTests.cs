using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.GraphQL.Http;

/// <summary>
/// GraphiQL in a real headless Chromium against a real Kestrel socket, with every non-local request blocked:
/// the page must load from our own assets and run a query. Fails (does not skip) when chromium is missing;
/// .ci/steps/30-chromium.sh installs it.
/// </summary>
public sealed class GraphiQLBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task GraphiQL_OfflineBrowser_LoadsAndRunsRegionQuery()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium not found at {ChromiumPath}; install it with `apt-get install -y chromium` (.ci/steps/30-chromium.sh).");
        await using var factory = new ApiFactory();
        var address = factory.StartKestrel();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync();
        var external = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host is "127.0.0.1" or "localhost")
            {
                await route.ContinueAsync();
            }
            else
            {
                external.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        var query = Uri.EscapeDataString("{ regions(q: \"巴彦淖尔\") { code name level parent { name } } }");
        var response = await page.GotoAsync(new Uri(address, "/graphql#query=" + query).ToString());
        Assert.Equal(200, response!.Status);

        await page.Locator(".graphiql-execute-button").ClickAsync(new LocatorClickOptions { Timeout = 30_000 });
        var result = page.Locator(".result-window");
        await Assertions.Expect(result).ToContainTextAsync("150800", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync("内蒙古自治区");

        Assert.Empty(external);
        Assert.Empty(consoleErrors);
    }
}
