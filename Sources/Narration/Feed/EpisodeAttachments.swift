/// The files published beside an episode's MP3 that the feed links to, when they exist.
///
/// Transcripts and chapters are written as `<slug>.vtt`, `<slug>.srt`, `<slug>.transcript.json`
/// and `<slug>.chapters.json` in the episodes folder; ``OutputFolder`` finds which exist, so the
/// feed itself stays a pure function of its inputs.
public struct EpisodeAttachments: Sendable, Hashable {
  /// A transcript file and its `podcast:transcript` type.
  public struct Transcript: Sendable, Hashable {
    /// The file name in the episodes folder.
    public var file: String
    /// The MIME type the Podcasting 2.0 namespace names for it.
    public var type: String

    /// Creates a transcript reference.
    public init(file: String, type: String) {
      self.file = file
      self.type = type
    }
  }

  /// Transcripts, WebVTT first (the format Apple ingests).
  public var transcripts: [Transcript]
  /// The JSON chapters file, when there is one.
  public var chapters: String?

  /// Creates attachments.
  public init(transcripts: [Transcript] = [], chapters: String? = nil) {
    self.transcripts = transcripts
    self.chapters = chapters
  }

  /// The attachment file names that may exist for a slug, with their types, in feed order.
  public static func candidates(slug: String) -> [Transcript] {
    [
      Transcript(file: slug + ".vtt", type: "text/vtt"),
      Transcript(file: slug + ".transcript.json", type: "application/json"),
      Transcript(file: slug + ".srt", type: "application/x-subrip"),
    ]
  }

  /// The chapters file name for a slug.
  public static func chaptersFile(slug: String) -> String { slug + ".chapters.json" }
}
