using KnowledgeGraph.Extraction.Reading;

var root = FindRoot();
var seeds = Path.Combine(root, "seeds");
if (args.Length > 0 && args[0] == "--read")
{
    foreach (var file in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
    {
        var doc = BulletinReader.Read(File.ReadAllText(file));
        Console.WriteLine($"## {Path.GetFileName(file)}");
        foreach (var a in doc.Articles)
        {
            Console.WriteLine($"[{a.Index}] {a.Title} ({a.Start}-{a.End})");
            foreach (var s in a.Sentences)
            {
                Console.WriteLine($"    {s.Index}/{s.Paragraph} {s.Text}");
            }
        }
    }

    return 0;
}

return 0;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
