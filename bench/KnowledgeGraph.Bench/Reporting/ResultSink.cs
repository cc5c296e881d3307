using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Bench.Reporting;

/// <summary>Collects figures and skip reasons; prints the tables and writes the JSON result file.</summary>
internal sealed class ResultSink
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly List<Figure> figures = [];
    private readonly List<string> notes = [];

    public IReadOnlyList<Figure> Figures => figures;

    public void Add(Figure figure)
    {
        figures.Add(figure);
        Console.WriteLine($"  {figure.Scale,-5} {figure.Name,-44} {Format(figure.Value)} {figure.Unit}{(figure.Ratio is { } r ? $"  (ratio {r:0.000})" : string.Empty)}  {figure.Status}");
    }

    public void Skip(string what, string reason)
    {
        var line = $"SKIPPED {what}: {reason}";
        notes.Add(line);
        Console.WriteLine("  " + line);
    }

    public void Note(string line)
    {
        notes.Add(line);
        Console.WriteLine("  " + line);
    }

    public string Table()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| scale | figure | value | baseline (same run) | ratio | target | status |");
        sb.AppendLine("|---|---|---:|---|---:|---|---|");
        foreach (var f in figures)
        {
            var baseline = f.Baseline is { } b ? $"{f.BaselineName} {Format(b)}" : "-";
            var ratio = f.Ratio is { } r ? r.ToString(r < 0.1 ? "0.000" : "0.00", CultureInfo.InvariantCulture) : "-";
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {f.Scale} | {f.Name} | {Format(f.Value)} {f.Unit} | {baseline} | {ratio} | {f.Target?.ToString() ?? "-"} | {f.Status} |");
        }

        var annotated = figures.Where(f => f.Note is not null).ToList();
        if (annotated.Count > 0)
        {
            sb.AppendLine().AppendLine("Notes:");
            foreach (var f in annotated)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"- {f.Scale} {f.Name}: {f.Note}");
            }
        }

        foreach (var note in notes)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"\n{note}");
        }

        return sb.ToString();
    }

    /// <summary>Figures that exist per scale, one column per scale: shows how cost grows with graph size.</summary>
    public string SideBySide(IReadOnlyList<string> scales)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| figure | {string.Join(" | ", scales)} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"|---|{string.Concat(scales.Select(_ => "---:|"))}");
        foreach (var name in figures.Where(f => scales.Contains(f.Scale)).Select(f => (f.Name, f.Unit)).Distinct())
        {
            var cells = scales.Select(s => figures.FirstOrDefault(f => f.Scale == s && f.Name == name.Name) is { } f ? $"{Format(f.Value)} {f.Status}" : "-");
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name.Name} ({name.Unit}) | {string.Join(" | ", cells)} |");
        }

        return sb.ToString();
    }

    public string WriteJson(string directory, object header)
    {
        Directory.CreateDirectory(directory);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(directory, $"bench-{stamp}.json");
        var payload = new { header, figures = figures.Select(f => new { f.Scale, f.Section, f.Name, f.Value, f.Unit, f.Baseline, f.BaselineName, f.Ratio, target = f.Target?.ToString(), f.Status, f.Note }), notes };
        var text = JsonSerializer.Serialize(payload, Json);
        File.WriteAllText(path, text);
        File.WriteAllText(Path.Combine(directory, "latest.json"), text);
        return path;
    }

    private static string Format(double value) => value switch
    {
        >= 100_000 => value.ToString("#,0", CultureInfo.InvariantCulture),
        >= 100 => value.ToString("0", CultureInfo.InvariantCulture),
        >= 1 => value.ToString("0.0#", CultureInfo.InvariantCulture),
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
