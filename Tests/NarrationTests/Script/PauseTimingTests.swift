import Foundation
import Testing

@testable import Narration

/// The pauses a listener hears, found as silence in the decoded audio, are the script's pauses.
@Suite struct PauseTimingTests {
  /// Runs of near-silence (every sample within ±`threshold`; pauses decode to exact zeros) at
  /// least `minimum` seconds long, as (start, length) in seconds, scanned in 5 ms windows.
  static func silences(
    _ samples: [Int16], sampleRate: Int, threshold: Int16 = 100, minimum: Double = 0.12
  ) -> [(start: Double, length: Double)] {
    let window = sampleRate / 200
    var runs: [(Double, Double)] = []
    var start: Int?
    var index = 0
    while index < samples.count {
      let end = min(samples.count, index + window)
      let quiet = samples[index..<end].allSatisfy { $0 > -threshold && $0 < threshold }
      if quiet, start == nil { start = index }
      if !quiet, let begun = start {
        runs.append(
          (Double(begun) / Double(sampleRate), Double(index - begun) / Double(sampleRate)))
        start = nil
      }
      index = end
    }
    if let begun = start {
      runs.append(
        (Double(begun) / Double(sampleRate), Double(samples.count - begun) / Double(sampleRate)))
    }
    return runs.filter { $0.1 >= minimum }
  }

  /// Records a script through the real recorder and decodes the MP3 with ffmpeg.
  static func recordAndDecode(_ script: Script) throws -> [Int16] {
    let folder = try TestSupport.temporaryFolder("pauses")
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = OutputFolder(root: folder)
    try output.prepare()
    let path = folder.appendingPathComponent("pauses.ssml")
    try Data(SSMLWriter.document(script).utf8).write(to: path)
    let options = NarrationOptions(
      output: output, voice: script.voice, includeDisclosure: false,
      now: Date(timeIntervalSince1970: 1_700_000_000))
    let narrator = Narrator(
      options: options, rules: try CleaningRules.bundled(),
      normalizerTables: try NormalizerTables.bundled(), engine: try SpeechEngine.shared())
    let episode = try narrator.narrate(path: path.path)
    let ffmpeg = try #require(TestSupport.tool("ffmpeg"), "ffmpeg is installed by `make test`")
    let decoded = try TestSupport.run(
      ffmpeg,
      [
        "-v", "error", "-i", output.audio(slug: episode.slug).path, "-f", "s16le", "-ac", "1",
        "-ar", "22050", "-",
      ])
    #expect(decoded.status == 0)
    return decoded.stdoutData.withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
  }

  /// Segments that start with a vowel, nasal or "s": a stop consonant ("p", "t", "k") begins
  /// with up to 50 ms of closure silence, and a glide ("w" in "One") fades in over as long; both
  /// are speech, not pause, but look like silence to a sample threshold.
  @Test(arguments: ["default", "british", "clear"])
  func pausesInAudioMatchTheScriptWithin50ms(preset name: String) throws {
    let preset = try ScriptFixtures.preset(name)
    let texts = [
      "Every evening the ferry crosses the bay.",
      "Several new boats join the route.",
      "A quote from the harbour master follows here.",
      "Many passengers asked for later crossings.",
      "Each of the boats ends the test.",
    ]
    let pauses = [(0, 700), (0, 300), (450, 1200), (0, 900), (0, 0)]
    let roles: [Segment.Role] = [.paragraph, .paragraph, .quote, .heading, .paragraph]
    let segments = zip(zip(texts, pauses), roles).map { pair, role in
      Segment(
        role: role, text: pair.0, voice: preset.settings(for: role), pauseBefore: pair.1.0,
        pauseAfter: pair.1.1)
    }
    let script = Script(title: "Pauses", voice: preset, segments: segments)
    let samples = try Self.recordAndDecode(script)
    let found = Self.silences(samples, sampleRate: 22_050)
    // Silence inside the speech (between words, at commas) is shorter than the shortest pause
    // asked for here, so the long runs are exactly the script's gaps, in order.
    let expected = zip(segments, segments.dropFirst()).map {
      Double($0.pauseAfter + $1.pauseBefore) / 1000
    }
    let gaps = found.filter {
      $0.start > 0.05 && $0.start + $0.length < Double(samples.count) / 22_050 - 0.05
    }
    #expect(gaps.count == expected.count, "silences found: \(gaps)")
    for (gap, want) in zip(gaps, expected) {
      #expect(
        abs(gap.length - want) <= 0.050,
        "heard \(gap.length) s at \(gap.start) s where the script says \(want) s; all: \(gaps)")
    }
  }
}
