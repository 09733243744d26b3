import Foundation
import Testing

@testable import Narration

/// Integrated loudness and true peak of a file, by ffmpeg's ebur128 filter.
private func ebur128(_ path: String) throws -> (integrated: Double, truePeak: Double) {
  let result = try AudioTestSupport.run(
    "/usr/bin/ffmpeg",
    ["-nostats", "-hide_banner", "-i", path, "-af", "ebur128=peak=true", "-f", "null", "-"])
  #expect(result.status == 0)
  let summary = result.error.components(separatedBy: "Summary:").last ?? ""
  func value(after label: String) -> Double? {
    guard let range = summary.range(of: label) else { return nil }
    let rest = summary[range.upperBound...].trimmingCharacters(in: .whitespaces)
    return Double(rest.prefix { "-+.0123456789".contains($0) })
  }
  return (value(after: "I:") ?? .nan, value(after: "Peak:") ?? .nan)
}

@Test func episodeMeetsPodcastLoudness() throws {
  let (folder, sidecar) = try AudioTestSupport.harbor.get()
  let measured = try ebur128(AudioTestSupport.episodeFile(folder, sidecar.audioFile).path)
  #expect(abs(measured.integrated - EpisodeRecorder.targetLoudness) <= 1.0, "\(measured)")
  #expect(measured.truePeak <= -1.0, "\(measured)")
}

@Test func meterAgreesWithFFmpeg() throws {
  // A decoded episode measured by LoudnessMeter and by ffmpeg: the same method, same figure.
  let (folder, sidecar) = try AudioTestSupport.harbor.get()
  let mp3 = AudioTestSupport.episodeFile(folder, sidecar.audioFile)
  let samples = try AudioTestSupport.decode(mp3, rate: 22050)
  var meter = LoudnessMeter(sampleRate: 22050)
  samples.withUnsafeBufferPointer { meter.add($0) }
  let wav = try TestSupport.temporaryFolder("audio").appendingPathComponent("decoded.wav").path
  let made = try AudioTestSupport.run(
    "/usr/bin/ffmpeg", ["-v", "error", "-i", mp3.path, "-ac", "1", "-ar", "22050", wav])
  #expect(made.status == 0)
  let reference = try ebur128(wav)
  #expect(abs((meter.integrated ?? .nan) - reference.integrated) <= 0.2, "\(reference)")
}

@Test func limiterKeepsLengthAndCeiling() {
  // A loud tone with bursts: the limiter returns every sample, in place, under the ceiling.
  let input = (0..<22050).map { index -> Int16 in
    let burst = index < 2205 ? 1.0 : 0.1
    return Int16(20000 * burst * sin(Double(index) * 0.3))
  }
  var limiter = PeakLimiter(gainDecibels: 6, ceilingDecibels: -2, sampleRate: 22050)
  var output: [Int16] = []
  input.withUnsafeBufferPointer { limiter.process($0, into: &output) }
  limiter.finish(into: &output)
  #expect(output.count == input.count)
  let ceiling = pow(10, -2.0 / 20) * 32767
  #expect(output.allSatisfy { abs(Double($0)) <= ceiling + 1 })
  // Quiet parts well after the burst get the full gain again (6 dB ≈ ×1.995).
  let quiet = 15000
  #expect(abs(Double(output[quiet]) - Double(input[quiet]) * 1.995) <= 2)
}

@Test func noLoudnessKeepsTheEnginesOwnLevel() throws {
  // The same article with and without normalization: without it, eSpeak NG's own level (about
  // -21 LUFS at volume 100) is kept and the sidecar says so; the speech itself is the same.
  let folder = try TestSupport.temporaryFolder("audio")
  defer { try? FileManager.default.removeItem(at: folder) }
  func build(_ name: String, _ flags: [String]) throws -> (EpisodeSidecar, Double) {
    let output = folder.appendingPathComponent(name)
    let result = try TestSupport.narrate(
      [AudioTestSupport.fixture("harbor-report.txt"), "--output", output.path] + flags)
    #expect(result.status == 0, "\(result.stderr)")
    let episodes = output.appendingPathComponent("episodes")
    let sidecar = try EpisodeSidecar.decode(
      Data(contentsOf: episodes.appendingPathComponent("harbor-report.json")), name: "sidecar")
    return (
      sidecar, try ebur128(episodes.appendingPathComponent(sidecar.audioFile).path).integrated
    )
  }
  let (normalized, loud) = try build("normalized", [])
  let (raw, quiet) = try build("raw", ["--no-loudness"])
  #expect(normalized.settings.loudnessNormalization == nil)
  #expect(raw.settings.loudnessNormalization == false)
  #expect(abs(loud - EpisodeRecorder.targetLoudness) <= 1.0, "\(loud)")
  #expect(quiet < EpisodeRecorder.targetLoudness - 3, "\(quiet)")
  #expect(raw.sampleCount == normalized.sampleCount)
}
