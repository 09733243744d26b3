import Foundation
import Testing

@testable import Narration

/// Shipped presets load and speak; bad presets are rejected with the file, key and choices.
@Suite struct PresetTests {
  static let shipped = ["default", "british", "clear"]

  @Test func everyShippedPresetIsListed() throws {
    let names = try ScriptFixtures.library().presetNames()
    for name in Self.shipped { #expect(names.contains(name)) }
    for (name, result) in try ScriptFixtures.library().allPresets() {
      if case .failure(let error) = result { Issue.record("\(name) does not load: \(error)") }
    }
  }

  /// Every preset loads against the installed voices, and every role's voice speaks real audio
  /// with the preset's lexicon applied.
  @Test(arguments: shipped)
  func presetLoadsAndEveryRoleSpeaks(_ name: String) throws {
    let preset = try ScriptFixtures.preset(name)
    #expect(!preset.lexicon.isEmpty)
    #expect(preset.disclosure != nil, "every shipped preset discloses the synthetic voice")
    let engine = try SpeechEngine.shared()
    let audition = Audition(
      voice: preset, normalizer: try ScriptFixtures.normalizer(for: preset), engine: engine)
    for role in Segment.Role.allCases {
      let segment = Segment(
        role: role, text: audition.spoken("Kyiv is where Kuleba met Umerov."),
        voice: preset.settings(for: role))
      var samples = 0
      var peak: Int16 = 0
      let script = Script(title: "t", voice: preset, segments: [segment])
      try engine.speak(
        SSMLWriter.engineText(for: segment).markup, voice: script.voice(for: segment), ssml: true,
        input: "\(name) \(role)"
      ) { chunk in
        samples += chunk.samples.count
        peak = max(peak, chunk.samples.map { $0 == .min ? .max : abs($0) }.max() ?? 0)
      }
      let seconds = Double(samples) / Double(engine.sampleRate)
      #expect(seconds > 1 && seconds < 6, "\(name) \(role): \(seconds) s")
      #expect(peak > 3000, "\(name) \(role) is near silent")
    }
  }

  /// The presets differ where it matters: voice, speed, pauses.
  @Test func presetsDifferUsefully() throws {
    let presets = try Self.shipped.map { try ScriptFixtures.preset($0) }
    #expect(Set(presets.map(\.engineVoiceName)).count == 3)
    let clear = try ScriptFixtures.preset("clear")
    for other in presets where other.name != "clear" {
      #expect(clear.base.rate < other.base.rate - 20)
      #expect(clear.pauses.paragraph > other.pauses.paragraph)
    }
    #expect(try ScriptFixtures.preset("british").base.dialect == .british)
  }

  static func rejection(_ yaml: String) -> String? {
    let catalog = VoiceCatalog(
      voices: ["en-us", "en-gb", "en-gb-x-rp", "fr-fr"], variants: ["m3", "f2", "klatt"])
    do {
      _ = try VoicePreset.parse(yaml: yaml, name: "bad", file: "Voices/bad.yml", catalog: catalog)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func unknownKeysAndVoicesAreRejectedByName() throws {
    let key = try #require(Self.rejection("voice: en-us\nrat: 150"))
    #expect(key.hasPrefix("Voices/bad.yml:"))
    #expect(key.contains("'rat'") && key.contains("rate"))

    let roleKey = try #require(Self.rejection("voice: en-us\nroles:\n  qoute: {rate: 150}"))
    #expect(roleKey.contains("roles.qoute") && roleKey.contains("roles.quote"))

    let roleField = try #require(Self.rejection("voice: en-us\nroles:\n  quote: {pause_after: 5}"))
    #expect(roleField.contains("roles.quote.pause_after") && roleField.contains("pause-after"))

    let voice = try #require(Self.rejection("voice: en-uk"))
    #expect(voice.contains("'en-uk'") && voice.contains("en-us") && voice.contains("en-gb"))

    let variant = try #require(Self.rejection("voice: en-us\nvariant: m33"))
    #expect(variant.contains("'m33'") && variant.contains("m3"))

    let roleVoice = try #require(Self.rejection("voice: en-us\nroles:\n  quote: {voice: fr-fx}"))
    #expect(roleVoice.contains("roles.quote.voice") && roleVoice.contains("fr-fr"))

    let range = try #require(Self.rejection("voice: en-us\nrate: 1000"))
    #expect(range.contains("'rate'") && range.contains("80 to 450"))

    let placeholder = try #require(Self.rejection("voice: en-us\nintro: From {shwo}."))
    #expect(placeholder.contains("{show}"))

    #expect(
      Self.rejection("voice: en-us\nroles:\n  quote: {variant: f2, pause-before: 300}") == nil)
  }

  @Test func missingLexiconIsRejected() throws {
    let folder = try TestSupport.temporaryFolder("preset")
    defer { try? FileManager.default.removeItem(at: folder) }
    try TestSupport.write("voice: en-us\nlexicons: [defualt]\n", to: "mine.yml", in: folder)
    let library = VoiceLibrary(folders: [folder, ScriptFixtures.voicesFolder])
    #expect {
      try library.preset(named: "mine")
    } throws: { error in
      "\(error)".contains("defualt") && "\(error)".contains("default")
    }
  }

  @Test func templatesFillAndDropOptionalParts() {
    let values = ["show": "Show", "title": "Title", "author": "Ann", "date": "May 1, 2024"]
    #expect(
      ScriptTemplate.fill("From {show}: {title}[, by {author}].", values: values)
        == "From Show: Title, by Ann.")
    #expect(
      ScriptTemplate.fill(
        "From {show}: {title}[, by {author}].", values: ["show": "S", "title": "T"])
        == "From S: T.")
    #expect(ScriptTemplate.fill("[By {author}.] [{date}.]", values: [:]) == nil)
    #expect(ScriptTemplate.fill("Read by {author}.", values: [:]) == nil)
    #expect(ScriptTemplate.fill("Say [[k'i:Iv]] now.", values: [:]) == "Say [[k'i:Iv]] now.")
  }
}
