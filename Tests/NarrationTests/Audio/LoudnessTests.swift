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

@Test(arguments: [EncoderSettings(), EncoderSettings(mode: .vbr, sampleRate: 22050)])
func loudVoiceMeetsPodcastLoudness(settings: EncoderSettings) throws {
  // eSpeak NG at volume 200 clips its own output into square-topped waves: the hardest peaks
  // for the limiter, and for the encoder, which overshoots most on such edges.
  let folder = try TestSupport.temporaryFolder("audio")
  var voice = AudioTestSupport.voice
  voice.base.volume = 200
  let built = try AudioTestSupport.build(
    ["harbor-report.txt"], into: folder, encoder: settings, voice: voice)
  let sidecar = try #require(built.first)
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

/// The true peak of PCM in dBTP (full scale 32768), by 16× oversampling.
///
/// A 64-tap windowed sinc: a reference independent of TruePeakDetector's shorter 4× filter.
/// Only the samples in `range` (all by default) and the waveform just after each are read.
private func referenceTruePeak(_ samples: [Int16], in range: Range<Int>? = nil) -> Double {
  let values = samples.map(Double.init)
  var peak = 0.0
  for index in range ?? values.indices {
    peak = max(peak, abs(values[index]))
    for step in 1..<16 {
      var value = 0.0
      for offset in -31...32 where values.indices.contains(index + offset) {
        let t = Double(offset) - Double(step) / 16
        let window = 0.5 + 0.5 * cos(Double.pi * t / 33)
        value += values[index + offset] * sin(Double.pi * t) / (Double.pi * t) * window
      }
      peak = max(peak, abs(value))
    }
  }
  return 20 * log10(peak / 32768)
}

@Test func limiterKeepsLengthAndTruePeakCeiling() {
  // A loud burst at a quarter of the sample rate, phased so that every sample sits 3 dB below
  // the waveform's peaks between them (a sample-peak limiter lets those through), then quiet.
  let input = (0..<22050).map { index -> Int16 in
    let burst = index < 1000 ? 1.0 : 0.1
    return Int16(20000 * burst * sin(Double.pi / 2 * Double(index) + Double.pi / 4))
  }
  var limiter = PeakLimiter(gainDecibels: 6, ceilingDecibels: -2, sampleRate: 22050)
  var output: [Int16] = []
  input.withUnsafeBufferPointer { limiter.process($0, into: &output) }
  limiter.finish(into: &output)
  #expect(output.count == input.count)
  // Under the ceiling between samples too (0.1 dB for the rounding to 16 bits); at 5.5 kHz the
  // limiter's emphasis leaves 2.5 dB more room, and it does not limit much beyond that.
  let truePeak = referenceTruePeak(output, in: 0..<3000)
  #expect(truePeak <= -1.9, "\(truePeak)")
  #expect(truePeak >= -5.0, "\(truePeak)")
  // Quiet parts well after the burst get the full gain again (6 dB ≈ ×1.995).
  let quiet = 15000
  #expect(abs(Double(output[quiet]) - Double(input[quiet]) * 1.995) <= 2)
}

@Test func limiterLeavesLowFrequencyPeaksAtTheCeiling() {
  // A 200 Hz tone 6 dB over the ceiling comes out with its true peak at the ceiling: the
  // emphasis adds nothing at low frequencies, and the gain curve wastes no headroom.
  let input = (0..<22050).map { index -> Int16 in
    Int16(20000 * sin(2 * Double.pi * 200 * Double(index) / 22050))
  }
  var limiter = PeakLimiter(gainDecibels: 6, ceilingDecibels: -2, sampleRate: 22050)
  var output: [Int16] = []
  input.withUnsafeBufferPointer { limiter.process($0, into: &output) }
  limiter.finish(into: &output)
  let truePeak = referenceTruePeak(output, in: 11000..<11400)
  #expect(truePeak <= -1.9, "\(truePeak)")
  #expect(truePeak >= -2.3, "\(truePeak)")
}

@Test func ladderPredictsTheLimitedLoudness() throws {
  // One pass predicts, at several gains, what the limiter then gives: for each gain, limiting and
  // measuring for real lands within 0.1 LU of the prediction.
  let engine = try SpeechEngine.shared()
  let voice = VoicePreset(name: "test", voice: "en-us", variant: "m3", rate: 165)
  let script = Script(
    title: "t", voice: voice,
    segments: [
      Segment(
        role: .paragraph, text: "Peak tides topped the quay at Kirkwall, the port said.",
        pauseAfter: 300),
      Segment(role: .paragraph, text: "Crews checked every boat, pier and pump by dawn."),
    ])
  let recorder = EpisodeRecorder(engine: engine, settings: EncoderSettings())
  var samples: [Int16] = []
  _ = try recorder.render(script, gain: nil, input: "test") { samples += $0 }
  let ceiling = EpisodeRecorder.peakCeiling
  var ladder = LoudnessLadder(
    target: -16, ceilingDecibels: ceiling, sampleRate: engine.sampleRate)
  samples.withUnsafeBufferPointer { ladder.add($0) }
  let results = ladder.finish()
  #expect(results.count == LoudnessLadder.steps.count)
  // Limits the first pass's samples at a gain, as the second pass would, and measures them.
  func limitedLoudness(_ gain: Double) -> Double? {
    var limiter = PeakLimiter(
      gainDecibels: gain, ceilingDecibels: ceiling, sampleRate: engine.sampleRate)
    var limited: [Int16] = []
    samples.withUnsafeBufferPointer { limiter.process($0, into: &limited) }
    limiter.finish(into: &limited)
    var meter = LoudnessMeter(sampleRate: engine.sampleRate)
    limited.withUnsafeBufferPointer { meter.add($0) }
    return meter.integrated
  }
  for (gain, predicted) in results {
    let measured = try #require(limitedLoudness(gain))
    #expect(abs(measured - (predicted ?? .nan)) <= 0.1, "gain \(gain): \(measured)")
  }
  // Between two gains tried, the interpolated gain gives the interpolated loudness.
  let middle = try #require(
    results[1].loudness.flatMap { a in results[2].loudness.map { (a + $0) / 2 } })
  let gain = try #require(LoudnessLadder.gain(for: middle, in: results))
  #expect(gain > results[1].gain && gain < results[2].gain, "\(results)")
  #expect(abs((limitedLoudness(gain) ?? .nan) - middle) <= 0.1, "\(gain)")
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
