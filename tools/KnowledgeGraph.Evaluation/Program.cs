using KnowledgeGraph.Domain.Model;
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

if (args.Length > 0 && args[0] == "--speed")
{
    // Extraction throughput on the seeds repeated: chars per second on one core.
    var extractor = new KnowledgeGraph.Extraction.RuleBasedExtractor();
    var texts = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
    // Warm up long enough for tiered compilation to reach optimised code, as a long-running worker does.
    var warmup = System.Diagnostics.Stopwatch.StartNew();
    while (warmup.Elapsed < TimeSpan.FromSeconds(5))
    {
        foreach (var t in texts)
        {
            extractor.Extract("warmup", t);
        }
    }

    long chars = 0;
    var clock = System.Diagnostics.Stopwatch.StartNew();
    while (clock.Elapsed < TimeSpan.FromSeconds(5))
    {
        foreach (var t in texts)
        {
            extractor.Extract("speed", t);
            chars += t.Length;
        }
    }

    Console.WriteLine($"extracted {chars:N0} chars in {clock.Elapsed.TotalSeconds:0.00}s = {chars / clock.Elapsed.TotalSeconds:N0} chars/s (one thread)");
    return 0;
}

if (args.Length > 0 && args[0] == "--dump")
{
    var extractor = new KnowledgeGraph.Extraction.RuleBasedExtractor();
    var files = args.Length > 1 ? args[1..] : Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
    foreach (var file in files)
    {
        var graph = extractor.Extract(Path.GetFileName(file), File.ReadAllText(file));
        Console.WriteLine($"## {Path.GetFileName(file)}");
        foreach (var e in graph.Entities.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            Console.WriteLine($"E {e.Kind,-18} {e.Name}  aliases=[{string.Join(",", e.Aliases)}] region={e.RegionCode} level={e.Level} status={e.Status} {string.Join(" ", e.Properties.Select(p => p.Key + "=" + p.Value))}");
        }

        foreach (var r in graph.Relations.OrderBy(r => r.Kind).ThenBy(r => r.FromId, StringComparer.Ordinal))
        {
            Console.WriteLine($"R {r.FromId} -{r.Kind.Code()}-> {r.ToId}");
        }

        Console.WriteLine($"facts={graph.Facts.Count} mentions={graph.Mentions.Count}");
    }

    return 0;
}

var gold = Path.Combine(root, "tests", "KnowledgeGraph.Extraction.Tests", "Gold");
var runs = new List<(KnowledgeGraph.Extraction.Evaluation.GoldStandard, BulletinGraph)>();
var evaluator = new KnowledgeGraph.Extraction.RuleBasedExtractor();
foreach (var file in Directory.GetFiles(gold, "*.gold.json").Order(StringComparer.Ordinal))
{
    var standard = KnowledgeGraph.Extraction.Evaluation.GoldStandard.Load(file);
    var seed = Path.Combine(seeds, standard.Bulletin);
    runs.Add((standard, evaluator.Extract(standard.Bulletin, File.ReadAllText(seed))));
}

var report = KnowledgeGraph.Extraction.Evaluation.Scorer.Score(runs);
Console.WriteLine(report.ToTable());
if (args.Contains("--misses"))
{
    foreach (var miss in report.Misses)
    {
        Console.WriteLine(miss);
    }
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
