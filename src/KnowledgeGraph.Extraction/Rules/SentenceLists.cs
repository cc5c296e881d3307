using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Extraction.Lexicon;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// The lists the recognisers fill for one sentence, made once per bulletin and cleared and refilled for each sentence:
/// allocated per sentence they were the rules' most frequent objects. Nothing may hold on to one past its sentence.
/// </summary>
internal sealed class SentenceLists
{
    public List<Hit> Policies { get; } = [];

    public List<Hit> Organisations { get; } = [];

    public List<Hit> Abbreviations { get; } = [];

    public List<Hit> Programmes { get; } = [];

    public List<Hit> Persons { get; } = [];

    public List<Hit> Achievements { get; } = [];

    /// <summary>All of the sentence's hits in text order: the sentence scope's <see cref="SentenceScope.Hits"/>.</summary>
    public List<Hit> Known { get; } = [];

    public List<RegionHit> Regions { get; } = [];

    /// <summary>The chains in view of one hit, refilled for each hit the chain rules ask about.</summary>
    public List<ChainDef> Chains { get; } = [];

    /// <summary>The segments a hit's name or clause names, refilled for each hit the chain rules ask about.</summary>
    public List<(ChainDef Chain, ChainSegmentDef Segment)> Segments { get; } = [];
}
