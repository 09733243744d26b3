import Foundation
import Testing

@testable import Narration

/// Runs tools and builds fixture episodes for the audio and transcript tests.
enum AudioTestSupport {
  /// A fixture file's path.
  static func fixture(_ name: String) -> String {
    Bundle.module.bundleURL.appendingPathComponent("Fixtures/Audio/\(name)").path
  }

  /// Runs a program to completion; returns its exit status, standard output and error.
  static func run(_ program: String, _ arguments: [String]) throws -> (
    status: Int32, output: Data, error: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Read both pipes before waiting so a chatty tool cannot block on a full pipe.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = error.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return (process.terminationStatus, outData, String(decoding: errData, as: UTF8.self))
  }

  /// The voice every test build uses unless it gives another: the default preset's settings.
  static let voice = VoicePreset(
    name: "test", voice: "en-us", variant: "m3", rate: 165, pitch: 48, range: 55,
    disclosure: "This audio was created by narrate with a synthetic voice.")

  /// The options every test build uses: a fixed "now" and the default voice settings.
  static func options(
    folder: URL, encoder: EncoderSettings = EncoderSettings(), cover: CoverImage? = nil,
    title: String? = nil, voice: VoicePreset = AudioTestSupport.voice
  ) -> NarrationOptions {
    NarrationOptions(
      output: OutputFolder(root: folder), voice: voice, encoder: encoder,
      cleaning: CleaningOptions(title: title),
      channel: FeedChannel(title: "Harbor Weekly", author: "Test Desk"), cover: cover,
      now: Date(timeIntervalSince1970: 1_700_000_000))
  }

  /// Narrates fixture files, in order, into `folder` with one narrator (one process).
  static func build(
    _ names: [String], into folder: URL, encoder: EncoderSettings = EncoderSettings(),
    cover: CoverImage? = nil, title: String? = nil, voice: VoicePreset = AudioTestSupport.voice
  ) throws -> [EpisodeSidecar] {
    let narrator = Narrator(
      options: options(
        folder: folder, encoder: encoder, cover: cover, title: title, voice: voice),
      rules: try CleaningRules.bundled(), normalizerTables: try NormalizerTables.bundled(),
      engine: try SpeechEngine.shared())
    return try names.map { try narrator.narrate(path: fixture($0)) }
  }

  /// The title the harbor report is built with.
  static let harborTitle = "Harbor Report: Ferries, Tides and Übergänge"

  /// The harbor report built once with default settings and a generated cover, shared by tests.
  static let harbor: Result<(folder: URL, sidecar: EpisodeSidecar), any Error> = Result {
    let folder = try TestSupport.temporaryFolder("harbor")
    let coverPath = folder.appendingPathComponent("cover.png").path
    let made = try run(
      "/usr/bin/ffmpeg",
      [
        "-v", "error", "-f", "lavfi", "-i", "color=c=navy:s=1400x1400", "-frames:v", "1",
        coverPath,
      ])
    guard made.status == 0 else { throw NarrationError.invalidInput("ffmpeg", problem: made.error) }
    let cover = try CoverImage(path: coverPath)
    let sidecars = try build(
      ["harbor-report.txt"], into: folder, cover: cover, title: harborTitle)
    return (folder, sidecars[0])
  }

  /// A file of a built episode.
  static func episodeFile(_ folder: URL, _ name: String) -> URL {
    folder.appendingPathComponent("episodes").appendingPathComponent(name)
  }

  /// Decodes an MP3 with ffmpeg into mono 16-bit samples at `rate`.
  static func decode(_ mp3: URL, rate: Int) throws -> [Int16] {
    let result = try run(
      "/usr/bin/ffmpeg",
      ["-v", "error", "-i", mp3.path, "-f", "s16le", "-ac", "1", "-ar", String(rate), "-"])
    #expect(result.status == 0, "\(result.error)")
    return result.output.withUnsafeBytes { raw in
      (0..<(raw.count / 2)).map {
        Int16(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 2, as: Int16.self))
      }
    }
  }
}
