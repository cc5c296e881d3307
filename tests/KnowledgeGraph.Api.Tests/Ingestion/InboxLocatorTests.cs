using KnowledgeGraph.Api.Ingestion;

namespace KnowledgeGraph.Api.Tests.Ingestion;

public sealed class InboxLocatorTests
{
    [Fact]
    public void Resolve_ProjectFolderAsContentRoot_FindsRepositorySeedsAbove()
    {
        var repo = Directory.CreateTempSubdirectory("kg-locator-").FullName;
        try
        {
            var project = Directory.CreateDirectory(Path.Combine(repo, "src", "KnowledgeGraph.Api")).FullName;
            var seeds = Directory.CreateDirectory(Path.Combine(repo, "seeds")).FullName;

            Assert.Equal(seeds, InboxLocator.Resolve("seeds", project, project));
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
    }

    [Fact]
    public void Resolve_AbsolutePath_UsedAsIs()
    {
        var path = Path.Combine(Path.GetTempPath(), "kg-absolute-inbox");

        Assert.Equal(path, InboxLocator.Resolve(path, "/somewhere", "/elsewhere"));
    }

    [Fact]
    public void Resolve_NothingExists_UnderContentRoot()
    {
        var root = Directory.CreateTempSubdirectory("kg-locator-none-").FullName;
        try
        {
            Assert.Equal(Path.Combine(root, "no-such-inbox-4711"), InboxLocator.Resolve("no-such-inbox-4711", root, root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
