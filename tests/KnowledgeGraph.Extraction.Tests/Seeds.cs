namespace KnowledgeGraph.Extraction.Tests;

/// <summary>The real bulletins in seeds/ and the gold annotations next to the tests.</summary>
internal static class Seeds
{
    public const string InnerMongolia = "科技情报参考-2024-内蒙古高能级创新平台.txt";
    public const string DairyCentre = "科技情报参考-2024-国家乳业技术创新中心五个里程碑.txt";

    public static string Root { get; } = FindRoot();

    public static string Read(string name) => File.ReadAllText(Path.Combine(Root, "seeds", name));

    public static string GoldDirectory => Path.Combine(Root, "tests", "KnowledgeGraph.Extraction.Tests", "Gold");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (KnowledgeGraph.sln) not found above the test binaries.");
    }
}
