namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// The original offset of each normalised character of a paragraph, stored as runs: inside a run consecutive
/// characters come from consecutive original offsets, so a paragraph needs one pair per wrapped line or dropped blank
/// rather than one int per character (a bulletin's offsets were a quarter of everything its reading allocated).
/// </summary>
internal readonly struct OffsetRuns(int[] pairs)
{
    // (normalised index, original offset) of each run's first character, by ascending index; the first index is 0.
    private readonly int[] pairs = pairs;

    public int this[int index]
    {
        get
        {
            // The last run that starts at or before index.
            var lo = 0;
            var hi = (pairs.Length / 2) - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) >> 1;
                if (pairs[2 * mid] <= index)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return pairs[(2 * lo) + 1] + index - pairs[2 * lo];
        }
    }
}
