import Foundation
import Testing

@testable import Narration

@Test func engineGivesTheSameSamplesWhateverWasSpokenBefore() throws {
  let engine = try SpeechEngine.shared()
  let voice = VoicePreset(name: "test", voice: "en-us", variant: "m3", rate: 165)
  func samples(_ text: String) throws -> [Int16] {
    var all: [Int16] = []
    try engine.speak(text, voice: voice, input: "test") { all += $0.samples }
    return all
  }
  let text = "The quick brown fox jumps over the lazy dog on December fourth."
  let first = try samples(text)
  _ = try samples("Zebras graze quietly near the river at dawn.")
  // Voice look-ups in this process switch the parent's voice; the child must not care.
  #expect(engine.hasVoice("en-us+f2"))
  _ = engine.installedVoices()
  let second = try samples(text)
  let third = try samples(text)
  #expect(!first.isEmpty)
  #expect(first == second)
  #expect(second == third)
}

@Test func rebuildsAreByteIdenticalInAnyOrder() throws {
  let one = try TestSupport.temporaryFolder("audio")
  let two = try TestSupport.temporaryFolder("audio")
  let names = ["harbor-report.txt", "short-note.txt"]
  _ = try AudioTestSupport.build(names, into: one)
  _ = try AudioTestSupport.build(names.reversed(), into: two)
  // And again on top of the first build (the sidecar keeps its GUID and date).
  let three = try TestSupport.temporaryFolder("audio")
  _ = try AudioTestSupport.build(["short-note.txt"], into: three)
  _ = try AudioTestSupport.build(names, into: three)

  let files = try FileManager.default.contentsOfDirectory(
    atPath: one.appendingPathComponent("episodes").path
  ).filter { !$0.hasPrefix(".") }.sorted()
  #expect(files.count == 12)
  for slug in ["harbor-report", "short-note"] {
    for suffix in [".mp3", ".json", ".vtt", ".srt", ".transcript.json", ".chapters.json"] {
      #expect(files.contains(slug + suffix))
    }
  }
  for name in files {
    let reference = try Data(contentsOf: AudioTestSupport.episodeFile(one, name))
    #expect(try Data(contentsOf: AudioTestSupport.episodeFile(two, name)) == reference, "\(name)")
    #expect(try Data(contentsOf: AudioTestSupport.episodeFile(three, name)) == reference, "\(name)")
  }
}
