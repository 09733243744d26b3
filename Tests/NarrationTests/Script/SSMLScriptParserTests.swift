import Foundation
import Testing

@testable import Narration

/// Reading edited scripts: structure, voices, pauses, and clear errors for bad input.
@Suite struct SSMLScriptParserTests {
  static func parse(_ body: String) throws(NarrationError) -> Script {
    let voice = VoicePreset(name: "test", voice: "en-us", variant: "m3", rate: 160)
    let catalog = VoiceCatalog(voices: ["en-us", "en-gb-x-rp"], variants: ["m3", "f2"])
    return try SSMLScriptParser(voice: voice, catalog: catalog).parse(
      "<speak xmlns:narrate=\"urn:x-narrate:script\">\n" + body + "\n</speak>", name: "edit.ssml")
  }

  static func malformed(_ body: String) -> (line: Int, column: Int, message: String)? {
    do {
      _ = try parse(body)
      return nil
    } catch {
      guard case .malformedScript(_, let line, let column, let message) = error else { return nil }
      return (line, column, message)
    }
  }

  @Test func breaksAreExactPausesAndSplitParagraphs() throws {
    let script = try Self.parse(
      """
      <break time="300ms"/>
      <p narrate:role="title">A title.</p>
      <break time="1.5s"/>
      <p narrate:lines="4-6">First part.<break time="250ms"/>Second part.</p>
      <break strength="strong"/>
      <p>Last.</p>
      """)
    #expect(script.segments.map(\.text) == ["A title.", "First part.", "Second part.", "Last."])
    #expect(script.segments.map(\.pauseBefore) == [300, 0, 0, 0])
    #expect(script.segments.map(\.pauseAfter) == [1500, 250, 700, 0])
    #expect(script.segments[0].role == .title)
    #expect(script.segments[1].lines == 4...6)
    #expect(script.segments[2].lines == 4...6)
  }

  @Test func voiceProsodyPhonemeSubAndSayAs() throws {
    let script = try Self.parse(
      """
      <p>Reporting <voice name="en-gb-x-rp+f2"><prosody rate="50%" pitch="+10%">a quote</prosody></voice> ends.</p>
      <p>In <phoneme alphabet="espeak" ph="k'i:Iv">Kyiv</phoneme> the <sub alias="North Atlantic Treaty Organization">NATO</sub> <say-as interpret-as="characters">EU</say-as> <emphasis>met</emphasis>.<mark name="m"/></p>
      """)
    #expect(
      script.segments.map(\.text) == [
        "Reporting", "a quote", "ends.",
        "In [[k'i:Iv]] the North Atlantic Treaty Organization E U met.",
      ])
    let quote = script.segments[1]
    #expect(quote.voice?.engineVoiceName == "en-gb-x-rp+f2")
    #expect(quote.voice?.rate == 80)
    #expect(quote.voice?.pitch == 55)
    #expect(script.segments[0].voice?.engineVoiceName == "en-us+m3")
    #expect(script.segments[3].displayText == "In Kyiv the NATO EU met.")
  }

  /// `xml:lang` on a paragraph holds for that paragraph only (eSpeak NG itself would keep it).
  @Test func languageOnAParagraphIsScopedToIt() throws {
    let script = try Self.parse(
      "<p xml:lang=\"en-GB-x-rp\">Bonjour.</p><p>Hello again.</p>")
    #expect(script.segments.map { $0.voice?.voice } == ["en-gb-x-rp", "en-us"])
    let unknown = try #require(Self.malformed("<p xml:lang=\"xx-yy\">x</p>"))
    #expect(unknown.message.contains("xx-yy"))
  }

  @Test func malformedXMLNamesLineAndColumn() throws {
    let problem = try #require(Self.malformed("<p>One.</p>\n<p>Two <b>unclosed</p>"))
    #expect(problem.line == 3)
    #expect(problem.column > 1)
    let description = NarrationError.malformedScript(
      "edit.ssml", line: problem.line, column: problem.column, message: problem.message
    ).description
    #expect(description.hasPrefix("edit.ssml:3:"))
  }

  @Test func mismatchedAndUnclosedTagsAreErrors() throws {
    let mismatched = try #require(Self.malformed("<p>One.</p>\n<p>Two <s>three</p>"))
    #expect(mismatched.line == 3)
    #expect(Self.malformed("<p>One.") != nil)
    #expect(Self.malformed("<p>One &nbsp; two.</p>") != nil)
  }

  @Test func unknownElementIsAnErrorWithTheNearestName() throws {
    let problem = try #require(Self.malformed("<p>One.</p>\n<brake time=\"1s\"/>"))
    #expect(problem.line == 3)
    #expect(problem.message.contains("<brake>"))
    #expect(problem.message.contains("<break>"))
  }

  @Test func unsupportedValuesAreErrors() throws {
    let ipa = try #require(Self.malformed("<p><phoneme alphabet=\"ipa\" ph=\"kiːɪv\"/></p>"))
    #expect(ipa.message.contains("ipa"))
    let voice = try #require(Self.malformed("<p><voice name=\"en-uk\">x</voice></p>"))
    #expect(voice.message.contains("en-uk") && voice.message.contains("en-us"))
    let role = try #require(Self.malformed("<p narrate:role=\"qoute\">x</p>"))
    #expect(role.message.contains("quote"))
    let long = try #require(Self.malformed("<break time=\"100000s\"/><p>x</p>"))
    #expect(long.message.contains("60s"))
    let injected = try #require(Self.malformed("<p><phoneme ph=\"a]] b [[c\"/></p>"))
    #expect(injected.message.contains("[["))
    let empty = try #require(Self.malformed("<break time=\"1s\"/>"))
    #expect(empty.message.contains("nothing to speak"))
  }

  @Test func textThatLooksLikePhonemesStaysText() throws {
    let script = try Self.parse("<p>Say [[b'u:m]] now.</p>")
    #expect(!script.segments[0].text.contains("[["))
  }

  @Test func externalEntitiesAreNotRead() throws {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE speak [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
      <speak><p>Value &secret; end.</p></speak>
      """
    let voice = VoicePreset(name: "test", voice: "en-us")
    let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8)) ?? "\u{0}"
    do {
      let script = try SSMLScriptParser(voice: voice).parse(text, name: "xxe.ssml")
      let hostnameText = hostname.trimmingCharacters(in: .whitespacesAndNewlines)
      if !hostnameText.isEmpty {
        #expect(!script.segments.map(\.text).joined().contains(hostnameText))
      }
    } catch {
      guard case .malformedScript = error else {
        Issue.record("unexpected error \(error)")
        return
      }
    }
  }
}
