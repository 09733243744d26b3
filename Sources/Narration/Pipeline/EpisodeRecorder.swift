/// Speaks a script and encodes it into an MP3 file as it goes, in memory that does not grow
/// with the article.
///
/// PCM flows from the engine's callback straight into the encoder, about 60 ms at a time; MP3
/// bytes are written out every 32 KiB. Pauses are exact runs of silent samples, so the script's
/// timing is the audio's timing.
struct EpisodeRecorder {
  let engine: SpeechEngine
  let settings: EncoderSettings

  /// What was recorded: lengths and where each segment starts.
  struct Summary: Sendable, Hashable {
    /// Samples of PCM encoded, pauses included.
    var sampleCount: Int
    /// The PCM sample rate.
    var sampleRate: Int
    /// The sample at which each segment's speech starts (after its pause before).
    var segmentStarts: [Int]

    /// The audio's duration in seconds, from the sample count.
    var duration: Double { Double(sampleCount) / Double(sampleRate) }
  }

  func record(
    _ script: Script, tag: ID3Tag, to file: AtomicFile, input: String
  ) throws -> Summary {
    let tagBytes = tag.bytes()
    try file.write(tagBytes)
    var encoder = try MP3Encoder(settings: settings, inputSampleRate: engine.sampleRate)
    var pending: [UInt8] = []
    pending.reserveCapacity(1 << 16)
    var sampleCount = 0
    var starts: [Int] = []

    func drain(force: Bool = false) throws {
      if force || pending.count >= 1 << 15 {
        try file.write(pending)
        pending.removeAll(keepingCapacity: true)
      }
    }
    func silence(milliseconds: Int) throws {
      var remaining = milliseconds * engine.sampleRate / 1000
      while remaining > 0 {
        let count = min(remaining, Self.zeros.count)
        try Self.zeros.withUnsafeBufferPointer { zeros in
          try encoder.encode(UnsafeBufferPointer(rebasing: zeros[0..<count]), into: &pending)
        }
        sampleCount += count
        remaining -= count
        try drain()
      }
    }

    for segment in script.segments {
      try silence(milliseconds: segment.pauseBefore)
      starts.append(sampleCount)
      let spoken = SSMLWriter.engineText(for: segment)
      try engine.speak(
        spoken.markup, voice: script.voice(for: segment), ssml: true, input: input
      ) { chunk in
        try encoder.encode(chunk.samples, into: &pending)
        sampleCount += chunk.samples.count
        try drain()
      }
      try silence(milliseconds: segment.pauseAfter)
    }
    try encoder.finish(into: &pending)
    try drain(force: true)
    try file.overwrite(try encoder.lameTagFrame(), at: tagBytes.count)
    return Summary(sampleCount: sampleCount, sampleRate: engine.sampleRate, segmentStarts: starts)
  }

  private static let zeros = [Int16](repeating: 0, count: 4096)
}
