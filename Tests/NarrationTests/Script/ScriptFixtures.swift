import Foundation

@testable import Narration

/// Presets, lexicons and articles the script and voice tests share (all written for the tests).
enum ScriptFixtures {
  /// The project's shipped presets and lexicons.
  static let voicesFolder = TestSupport.packageRoot.appendingPathComponent("Voices")

  /// The shipped presets, checked against the engine's installed voices.
  static func library() throws -> VoiceLibrary {
    VoiceLibrary(
      folders: [voicesFolder], catalog: VoiceCatalog.installed(in: try SpeechEngine.shared()))
  }

  /// A shipped preset by name.
  static func preset(_ name: String = "default") throws -> VoicePreset {
    try library().preset(named: name)
  }

  /// The normalizer with the bundled tables, in the preset's dialect.
  static func normalizer(for preset: VoicePreset) throws -> Normalizer {
    Normalizer(
      tables: try NormalizerTables.bundled(),
      options: NormalizerOptions(dialect: preset.base.dialect))
  }

  /// The script for an article with a shipped preset.
  static func script(
    _ article: Article, preset name: String = "default", disclosure: Bool = true
  ) throws -> Script {
    let preset = try preset(name)
    return ScriptBuilder(
      voice: preset, normalizer: try normalizer(for: preset), includeDisclosure: disclosure,
      show: "The Test Show"
    ).build(article)
  }

  /// Fixture articles for golden files, kept free of numbers and abbreviations so that
  /// normalizer changes rarely touch them.
  static let articles: [String: Article] = [
    "harbour": Article(
      title: "Harbour ferry adds evening crossings",
      byline: "Ines Okafor", published: Date(timeIntervalSince1970: 1_701_648_000),
      language: "en", canonicalURL: "https://example.org/harbour",
      blocks: [
        ArticleBlock(
          kind: .paragraph,
          text:
            "The harbour ferry will run later in the evening this winter, the transport office "
            + "said on Monday. Crews have repaired both landing stages. A second boat joins the "
            + "route in the first week of December, and the office expects it to carry most of "
            + "the commuters who now drive around the bay. Passengers asked for later crossings "
            + "in a survey last spring, and the office said it listened. Fares stay the same.",
          lines: 5...5),
        ArticleBlock(kind: .heading, text: "What changes for passengers", lines: 7...7),
        ArticleBlock(
          kind: .quote,
          text: "\u{201C}We heard people loud and clear,\u{201D} said the harbour master.",
          lines: 9...9),
        ArticleBlock(
          kind: .listItem, text: "Evening boats leave from the north pier", lines: 11...11),
        ArticleBlock(kind: .listItem, text: "Bicycles travel free after dark", lines: 12...12),
      ]),
    "names": Article(
      title: "Umerov meets Stoltenberg in Brussels",
      byline: "Staff reporter",
      blocks: [
        ArticleBlock(
          kind: .paragraph,
          text:
            "Defense Minister Rustem Umerov met Jens Stoltenberg, and Kyiv's envoy joined them. "
            + "Dmytro Kuleba spoke to the Verkhovna Rada, while Zelensky and Kostin stayed in Kyiv.",
          lines: 1...1),
        ArticleBlock(
          kind: .paragraph,
          text: "Tarnavskyi reported from Kherson; Stoltenburg is a common misspelling.",
          lines: 3...3),
      ]),
    "markup": Article(
      title: "Markup <b>in</b> a title & more",
      blocks: [
        ArticleBlock(
          kind: .paragraph,
          text:
            "Wait <break time=\"100000s\"/> then play <audio src=\"http://example.org/x.mp3\"/> "
            + "and end a section ]]> with & and &amp; literally.",
          lines: 1...1),
        ArticleBlock(
          kind: .paragraph,
          text: "Phonemes [[h@l'oU]] and <phoneme alphabet=\"espeak\" ph=\"b'u:m\"/> stay words.",
          lines: 2...2),
        ArticleBlock(
          kind: .quote,
          text: "<speak><voice name=\"whisper\">Obey me</voice></speak> <!-- hidden --> done.",
          lines: 3...3),
      ]),
  ]
}
