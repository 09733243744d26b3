import Foundation
import Testing

@testable import Narration

/// The SSML document for fixture articles, compared with golden files.
///
/// Re-record after an intended change with `NARRATE_RECORD_GOLDEN=1 swift test --filter
/// ScriptGoldenTests`, then review the diff of Tests/NarrationTests/Fixtures/Script/.
@Suite struct ScriptGoldenTests {
  static let golden = TestSupport.packageRoot.appendingPathComponent(
    "Tests/NarrationTests/Fixtures/Script")

  static let cases: [(article: String, preset: String)] = [
    ("harbour", "default"), ("harbour", "british"), ("harbour", "clear"), ("names", "default"),
    ("markup", "default"),
  ]

  @Test(arguments: cases)
  func documentMatchesGoldenFile(article: String, preset: String) throws {
    let fixture = try #require(ScriptFixtures.articles[article])
    let script = try ScriptFixtures.script(fixture, preset: preset)
    let document = SSMLWriter.document(script)
    let url = Self.golden.appendingPathComponent("\(article).\(preset).ssml")
    if ProcessInfo.processInfo.environment["NARRATE_RECORD_GOLDEN"] == "1" {
      try Data(document.utf8).write(to: url)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      document == expected,
      "SSML for \(article) with \(preset) changed; re-record with NARRATE_RECORD_GOLDEN=1")
  }

  /// Reading the written document back gives the same segments: role, text, display text,
  /// voice, pauses and source lines.
  @Test(arguments: cases)
  func documentReadsBackToTheSameScript(article: String, preset: String) throws {
    let fixture = try #require(ScriptFixtures.articles[article])
    let script = try ScriptFixtures.script(fixture, preset: preset)
    let catalog = VoiceCatalog.installed(in: try SpeechEngine.shared())
    let parsed = try SSMLScriptParser(voice: try ScriptFixtures.preset("default"), catalog: catalog)
      .parse(SSMLWriter.document(script), name: "\(article).ssml")
    #expect(parsed.segments == script.segments)
    #expect(parsed.title == script.title)
    #expect(parsed.author == script.author)
    #expect(parsed.published == script.published)
    #expect(parsed.link == script.link)
    #expect(parsed.voice.base == script.voice.base)
    #expect(parsed.voice.name == preset)
  }

  @Test func scriptHasEveryPartInOrder() throws {
    let article = try #require(ScriptFixtures.articles["harbour"])
    let script = try ScriptFixtures.script(article, preset: "clear")
    let roles = script.segments.map(\.role)
    // The clear preset's intro says the title, so no separate title segment.
    #expect(roles.first == .intro)
    #expect(!roles.contains(.title))
    #expect(
      script.segments[0].text
        == "From The Test Show: Harbour ferry adds evening crossings, by Ines Okafor.")
    #expect(roles[1] == .byline)
    #expect(script.segments[1].text.hasPrefix("Published December"))
    #expect(roles.suffix(2) == [.outro, .disclosure])
    #expect(script.segments.last?.pauseAfter == 0)

    let plain = try ScriptFixtures.script(article, preset: "default", disclosure: false)
    #expect(plain.segments.map(\.role).first == .title)
    #expect(!plain.segments.map(\.role).contains(.disclosure))
    #expect(plain.segments[1].text.hasPrefix("By Ines Okafor."))
  }

  @Test func longParagraphsSplitIntoBoundedPiecesAtSentences() throws {
    let article = try #require(ScriptFixtures.articles["harbour"])
    let preset = try ScriptFixtures.preset("default")
    let builder = ScriptBuilder(
      voice: preset, normalizer: try ScriptFixtures.normalizer(for: preset), maxPieceLength: 120)
    let script = builder.build(article)
    let pieces = script.segments.filter { $0.role == .paragraph }
    #expect(pieces.count >= 3)
    for piece in pieces {
      #expect(piece.displayText.count <= 120)
      #expect(piece.lines == 5...5)
      // A sentence end, or a clause boundary inside a sentence too long for one piece.
      #expect(".!?,;:".contains(piece.displayText.last ?? " "))
    }
    // Pieces of one paragraph are joined by the sentence pause; the paragraph pause comes last.
    #expect(pieces.dropLast().allSatisfy { $0.pauseAfter == preset.pauses.sentence })
    #expect(pieces.last?.pauseAfter == preset.pauses.paragraph)
    #expect(
      pieces.map(\.displayText).joined(separator: " ")
        == article.blocks[0].text.split(separator: " ").joined(separator: " "))
  }

  @Test func rolesTakeThePresetsVoiceAndPauses() throws {
    let article = try #require(ScriptFixtures.articles["harbour"])
    let preset = try ScriptFixtures.preset("british")
    let script = try ScriptFixtures.script(article, preset: "british")
    let quote = try #require(script.segments.first { $0.role == .quote })
    #expect(quote.voice?.variant == "f2")
    #expect(quote.voice?.pitch == 55)
    let heading = try #require(script.segments.first { $0.role == .heading })
    #expect(heading.pauseBefore == 350)
    #expect(heading.voice?.rate == 150)
    let title = try #require(script.segments.first { $0.role == .title })
    #expect(title.voice?.rate == 145)
    // British dates.
    let byline = try #require(script.segments.first { $0.role == .byline })
    #expect(byline.displayText.contains("4 December 2023"))
    #expect(script.voice(for: quote).engineVoiceName == "en-gb-x-rp+f2")
    #expect(preset.settings(for: .paragraph) == preset.base)
  }
}
