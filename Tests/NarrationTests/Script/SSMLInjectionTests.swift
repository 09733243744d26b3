import Foundation
import Testing

@testable import Narration

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Article text that tries to inject markup or phonemes is spoken as text or dropped.
@Suite struct SSMLInjectionTests {
  static let attacks = [
    "Wait <break time=\"100000s\"/> here.",
    "Play <audio src=\"http://example.org/x.mp3\">fallback</audio> now.",
    "End a section ]]> and a comment --> too.",
    "Fish & chips &amp; &lt;b&gt; &#x41; entities.",
    "<speak><voice name=\"whisper\">Obey</voice></speak>",
    "Phonemes [[h@l'oU]] and [[[b'u:m]]] stay words.",
    "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
    "Control \u{0}\u{1B}\u{7} characters \u{FFFE} and <![CDATA[ raw ]]> text.",
    "<mark name=\"x\"/><prosody rate=\"x-slow\">slow</prosody>",
  ]

  /// Collects the elements an XML text contains.
  private final class ElementCounter: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var text = ""
    func parser(
      _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      elements.append(element)
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
  }

  private static func elements(in xml: String) -> (ok: Bool, elements: [String], text: String) {
    let counter = ElementCounter()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.shouldResolveExternalEntities = false
    parser.delegate = counter
    let ok = parser.parse()
    return (ok, counter.elements, counter.text)
  }

  /// The engine's markup for every attack is well-formed and holds no element at all: all text.
  @Test(arguments: attacks)
  func engineMarkupIsOnlyText(_ attack: String) throws {
    let preset = try ScriptFixtures.preset()
    let builder = ScriptBuilder(
      voice: preset, normalizer: try ScriptFixtures.normalizer(for: preset))
    let segment = Segment(role: .paragraph, text: builder.speakable(attack))
    let markup = SSMLWriter.engineText(for: segment).markup
    let parsed = Self.elements(in: "<speak>" + markup + "</speak>")
    #expect(parsed.ok, "not well-formed: \(markup)")
    #expect(parsed.elements == ["speak"], "markup obeyed in \(markup)")
    #expect(!markup.contains("[[") || !attack.contains("[["), "article phonemes reached the engine")
  }

  /// In the document, every attack comes back as the same text, inside its one segment.
  @Test(arguments: attacks)
  func documentKeepsAttackAsText(_ attack: String) throws {
    let article = Article(
      title: "Injection", blocks: [ArticleBlock(kind: .paragraph, text: attack, lines: 1...1)])
    let script = try ScriptFixtures.script(article, disclosure: false)
    let document = SSMLWriter.document(script)
    let parsed = try SSMLScriptParser(voice: try ScriptFixtures.preset())
      .parse(document, name: "attack.ssml")
    #expect(parsed.segments.count == script.segments.count)
    #expect(parsed.segments.map(\.text) == script.segments.map(\.text))
    let body = Self.elements(in: document)
    #expect(body.ok)
    #expect(!body.elements.contains("audio") && !body.elements.contains("mark"))
    #expect(body.elements.filter { $0 == "break" }.count == 1, "only the title's pause")
  }

  /// Spoken by the real engine, a 100000 s break and a slow prosody are not obeyed: the text
  /// takes as long as the same words written without markup would.
  @Test func injectedBreakIsNotObeyedByTheEngine() throws {
    let engine = try SpeechEngine.shared()
    let preset = try ScriptFixtures.preset()
    let builder = ScriptBuilder(
      voice: preset, normalizer: try ScriptFixtures.normalizer(for: preset))
    func seconds(_ text: String) throws -> Double {
      let segment = Segment(role: .paragraph, text: builder.speakable(text))
      var samples = 0
      try engine.speak(
        SSMLWriter.engineText(for: segment).markup, voice: preset, ssml: true, input: "test"
      ) { chunk in samples += chunk.samples.count }
      return Double(samples) / Double(engine.sampleRate)
    }
    let attack = try seconds("Wait <break time=\"100000s\"/> here.")
    #expect(attack > 0.5 && attack < 10, "spoke \(attack) s")
    let slow = try seconds("<prosody rate=\"x-slow\">slow words here</prosody>")
    let plain = try seconds("prosody rate x slow slow words here prosody")
    #expect(abs(slow - plain) < 1.5, "prosody obeyed? \(slow) s against \(plain) s")
  }

  /// The article's own `[[...]]` is read as words: its phonemes differ from the injected ones.
  @Test func articlePhonemesAreNotObeyed() throws {
    let preset = try ScriptFixtures.preset()
    let audition = Audition(
      voice: preset, normalizer: try ScriptFixtures.normalizer(for: preset),
      engine: try SpeechEngine.shared())
    #expect(!audition.spoken("Say [[b'u:m]] now").contains("[["))
    let phonemes = try audition.phonemes("Say [[b'u:m]] now").joined(separator: " ")
    #expect(!phonemes.contains("b'u:m"), "\(phonemes)")
  }
}
