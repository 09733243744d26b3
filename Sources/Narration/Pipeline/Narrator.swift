import Foundation

/// Runs the whole pipeline for one article at a time: read, clean, script, speak, encode, publish.
///
/// The stages in between are pure; this type does the I/O around them. Files appear atomically:
/// the MP3 and its sidecar are renamed into place only when complete, and the feed is rewritten
/// from the sidecars afterwards, so a failure never loses an existing episode or feed.
public struct Narrator: Sendable {
  /// The run's options.
  public var options: NarrationOptions
  private let cleaner: ArticleCleaner
  private let normalizer: Normalizer
  private let engine: SpeechEngine
  private let languages: [String: String]

  /// narrate's version, recorded in every sidecar.
  public static let version = "0.1.0"

  /// Creates a narrator; loads nothing from disk except through the given values.
  public init(
    options: NarrationOptions, rules: CleaningRules, normalizerTables: NormalizerTables,
    engine: SpeechEngine, languages: [String: String]? = nil
  ) {
    self.options = options
    self.cleaner = ArticleCleaner(rules: rules)
    self.normalizer = Normalizer(
      tables: normalizerTables, options: NormalizerOptions(dialect: options.voice.base.dialect))
    self.engine = engine
    // The table ships with the library; without it episodes are tagged "und" (undetermined).
    self.languages = languages ?? (try? EpisodeMetadata.bundledLanguages()) ?? [:]
  }

  /// Reads and checks an input file.
  public func document(at path: String) throws(NarrationError) -> SourceDocument {
    try SourceDocument(name: path, data: try InputFile.data(at: path), format: options.inputFormat)
  }

  /// The script for an input file (cleaned, normalized, segmented), without speaking it.
  public func script(for document: SourceDocument) throws(NarrationError) -> (Article, Script) {
    if document.format == .ssml {
      // An edited script: spoken as written, with the voices it names.
      let catalog = VoiceCatalog.installed(in: engine)
      let script = try SSMLScriptParser(voice: options.voice, catalog: catalog)
        .parse(document.text, name: document.name)
      return (script.article, script)
    }
    let article = try cleaner.clean(document, options: options.cleaning).article
    let builder = ScriptBuilder(
      voice: options.voice, normalizer: normalizer, includeDisclosure: options.includeDisclosure,
      show: options.channel.title)
    return (article, builder.build(article))
  }

  /// Narrates one file into the output folder and returns its sidecar; the feed is not touched.
  public func narrate(path: String) throws -> EpisodeSidecar {
    let document = try document(at: path)
    let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return try narrate(document, as: EpisodeRequest(slug: Slug.make(stem), source: path))
  }

  /// Narrates a document into the output folder as the episode `request` describes and returns
  /// its sidecar; the feed is not touched.
  public func narrate(_ document: SourceDocument, as request: EpisodeRequest) throws
    -> EpisodeSidecar
  {
    var (article, script) = try script(for: document)
    if let author = request.author { article.byline = author }
    if let published = request.published { article.published = published }
    if let link = request.link { article.canonicalURL = link }
    let slug = request.slug
    let path = request.source
    let output = options.output
    try output.prepare()
    let previous = output.existingSidecar(slug: slug)

    let identity = request.identity ?? article.canonicalURL ?? "file:" + slug
    let guid = previous?.guid ?? UUIDv5.make(namespace: UUIDv5.episodeNamespace, name: identity)
    let published = article.published ?? previous?.published ?? options.now
    let language = article.language ?? String(options.voice.base.voice.prefix(2))

    var description = article.firstParagraph ?? script.title
    // The disclosure as spoken: its template already filled with the episode's details.
    if let disclosure = script.segments.last(where: { $0.role == .disclosure }) {
      description += "\n\n" + disclosure.displayText
    }
    description = FeedText.truncate(description, bytes: PodcastFeed.descriptionLimit)
    let metadata = EpisodeMetadata(
      title: script.title, author: article.byline ?? options.channel.author,
      show: options.channel.title, date: published, description: description,
      language: language, cover: options.cover,
      encodedBy: "narrate \(Self.version), eSpeak NG \(engine.version), LAME \(MP3Encoder.version)")
    let audio = try AtomicFile(destination: output.audio(slug: slug))
    let recorder = EpisodeRecorder(
      engine: engine, settings: options.encoder, normalizeLoudness: options.normalizeLoudness)
    let summary = try recorder.record(
      script, metadata: metadata, languages: languages, to: audio, input: path)
    let transcripts = TranscriptFiles(
      cues: TranscriptCue.cues(for: script, timeline: summary.timeline),
      chapters: summary.chapters)
    var sideFiles: [AtomicFile] = []
    for (name, bytes) in transcripts.files(slug: slug) {
      let file = try AtomicFile(destination: output.episodes.appendingPathComponent(name))
      try file.write(bytes)
      sideFiles.append(file)
    }
    let size = audio.size

    let sidecar = EpisodeSidecar(
      formatVersion: 1, slug: slug, title: script.title, source: path, guid: guid,
      published: published, author: article.byline, language: language,
      description: description, link: article.canonicalURL,
      audioFile: slug + ".mp3", durationSeconds: summary.duration,
      sampleCount: summary.sampleCount, sampleRate: summary.sampleRate, byteSize: size,
      settings: .init(
        voice: options.voice, encoder: options.encoder, disclosure: options.includeDisclosure,
        loudnessNormalization: options.normalizeLoudness ? nil : false),
      engines: .init(narrate: Self.version, espeakNG: engine.version, lame: MP3Encoder.version),
      articleText: article.bodyText, identity: request.identity, contentKey: request.contentKey)
    try audio.commit()
    for file in sideFiles { try file.commit() }
    try AtomicFile.write(sidecar.encoded(), to: output.sidecar(slug: slug))
    return sidecar
  }
}
