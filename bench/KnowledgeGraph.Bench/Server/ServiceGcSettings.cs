using System.Text.Json;

namespace KnowledgeGraph.Bench.Server;

/// <summary>
/// The service process runs the bench's executable, so without help it would get the bench's GC (workstation) rather
/// than the one the service ships with (its runtimeconfig.json: server GC and whatever else the Api project sets).
/// Memory and CPU figures are only the service's own when its GC settings travel with it, as DOTNET_ variables.
/// </summary>
internal static class ServiceGcSettings
{
    private static readonly Dictionary<string, string> Variables = new(StringComparer.Ordinal)
    {
        ["System.GC.Server"] = "DOTNET_gcServer",
        ["System.GC.Concurrent"] = "DOTNET_gcConcurrent",
        ["System.GC.ConserveMemory"] = "DOTNET_GCConserveMemory",
        ["System.GC.HeapHardLimit"] = "DOTNET_GCHeapHardLimit",
        ["System.GC.HeapCount"] = "DOTNET_GCHeapCount",
        ["System.GC.DynamicAdaptationMode"] = "DOTNET_GCDynamicAdaptationMode",
        ["System.GC.RetainVM"] = "DOTNET_GCRetainVM",
        // Spelt exactly so: the runtime matches DOTNET_ names case-sensitively here, and DOTNET_GCgen0MaxBudget is ignored.
        ["System.GC.Gen0MaxBudget"] = "DOTNET_GCGen0MaxBudget",
    };

    public static string Describe() =>
        AsEnvironment() is { Count: > 0 } settings ? string.Join(", ", settings.Select(p => $"{p.Key}={p.Value}")) : "runtime defaults";

    public static IReadOnlyDictionary<string, string> AsEnvironment(string? runtimeConfigPath = null)
    {
        runtimeConfigPath ??= Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.Api.runtimeconfig.json");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(runtimeConfigPath))
        {
            return result;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(runtimeConfigPath));
        if (!document.RootElement.TryGetProperty("runtimeOptions", out var options) || !options.TryGetProperty("configProperties", out var properties))
        {
            return result;
        }

        foreach (var property in properties.EnumerateObject())
        {
            if (Variables.TryGetValue(property.Name, out var variable))
            {
                result[variable] = property.Value.ValueKind switch
                {
                    JsonValueKind.True => "1",
                    JsonValueKind.False => "0",
                    // The runtime reads DOTNET_GC* numbers as hexadecimal.
                    JsonValueKind.Number => property.Value.GetInt64().ToString("x", System.Globalization.CultureInfo.InvariantCulture),
                    _ => property.Value.ToString(),
                };
            }
        }

        return result;
    }
}
