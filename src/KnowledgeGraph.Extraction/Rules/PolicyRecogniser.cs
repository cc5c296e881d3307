using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>Every 《…》 title is a policy (the masthead aside); the name is the title without the marks.</summary>
internal static class PolicyRecogniser
{
    /// <summary>The policies named in the text, into <paramref name="hits"/> (cleared first).</summary>
    public static List<Hit> Find(string text, List<Hit> hits)
    {
        hits.Clear();
        var open = text.IndexOf('《', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf('》', open + 1);
            if (close < 0)
            {
                break;
            }

            var name = text[(open + 1)..close].Trim();
            if (name.Length >= 2 && name.Length <= 80 && name != "科技情报参考" && name.IndexOf('《', StringComparison.Ordinal) < 0)
            {
                hits.Add(new Hit(EntityKind.Policy, name, open, close + 1));
            }

            open = text.IndexOf('《', close + 1);
        }

        return hits;
    }
}
