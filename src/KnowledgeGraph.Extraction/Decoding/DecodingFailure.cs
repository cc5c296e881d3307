namespace KnowledgeGraph.Extraction.Decoding;

/// <summary>Why a file was not accepted as bulletin text; the human-readable reason travels alongside.</summary>
public enum DecodingFailure
{
    Empty,
    TooLarge,
    Binary,
    /// <summary>A known non-text or markup format (PDF, zip/Office, RTF, HTML, JSON, images).</summary>
    UnsupportedFormat,
    UnknownEncoding,
    MixedEncodings,
    /// <summary>Only whitespace and invisible characters.</summary>
    NoText,
    NoChineseText,
    PageFurnitureOnly,
    TooLittleText,
    LineTooLong,
}
