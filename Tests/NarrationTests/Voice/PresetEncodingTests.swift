import Foundation
import Testing

@testable import Narration

/// A preset can carry its MP3 encoding; flags override it, and bad values are named.
@Suite struct PresetEncodingTests {
  static func parse(_ yaml: String) throws(NarrationError) -> VoicePreset {
    try VoicePreset.parse(yaml: yaml, name: "enc", file: "Voices/enc.yml")
  }

  @Test func encodingIsReadFromThePreset() throws {
    let preset = try Self.parse(
      "voice: en-us\nencoding: {mode: vbr, vbr-quality: 4, sample-rate: 22050, quality: 3}")
    let encoding = try #require(preset.encoding)
    #expect(encoding.mode == .vbr)
    #expect(encoding.vbrQuality == 4)
    #expect(encoding.sampleRate == 22_050)
    #expect(encoding.quality == 3)
    #expect(encoding.bitrate == EncoderSettings().bitrate)
    #expect(try Self.parse("voice: en-us").encoding == nil)
  }

  @Test(arguments: [
    ("encoding: {bitrate: 1000}", "'encoding.bitrate' must be a whole number from 32 to 320"),
    ("encoding: {sample-rate: 48000}", "'encoding.sample-rate' must be 22050 or 44100"),
    ("encoding: {mode: abr}", "'encoding.mode' must be cbr or vbr"),
    ("encoding: {bitrat: 96}", "encoding.bitrate"),
    ("encoding: 96", "'encoding' must be a mapping"),
  ])
  func badEncodingIsNamed(_ line: String, _ message: String) {
    #expect {
      try Self.parse("voice: en-us\n" + line)
    } throws: { error in
      "\(error)".hasPrefix("Voices/enc.yml:") && "\(error)".contains(message)
    }
  }

  @Test func presetEncodingReachesTheEpisodeAndFlagsOverrideIt() throws {
    let folder = try TestSupport.temporaryFolder("encoding")
    defer { try? FileManager.default.removeItem(at: folder) }
    try TestSupport.write(TestSupport.shortArticle, to: "ferry.txt", in: folder)
    let preset = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("Voices/default.yml"),
      encoding: .utf8)
    try TestSupport.write(
      preset + "\nencoding: {sample-rate: 22050, bitrate: 48}\n", to: "small.yml", in: folder)

    func build(_ extra: [String]) throws -> EpisodeSidecar {
      let result = try TestSupport.narrate(
        ["ferry.txt", "--voice", "./small.yml", "--output", "Out", "--no-loudness"] + extra,
        in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      let data = try Data(
        contentsOf: folder.appendingPathComponent("Out/episodes/ferry.json"))
      return try EpisodeSidecar.decode(data, name: "ferry.json")
    }
    let fromPreset = try build([])
    #expect(fromPreset.settings.encoder.sampleRate == 22_050)
    #expect(fromPreset.settings.encoder.bitrate == 48)
    let overridden = try build(["--bitrate", "96"])
    #expect(overridden.settings.encoder.sampleRate == 22_050)
    #expect(overridden.settings.encoder.bitrate == 96)
    // The bigger bit rate makes a bigger file of the same speech.
    #expect(overridden.byteSize > fromPreset.byteSize * 3 / 2)
  }
}
