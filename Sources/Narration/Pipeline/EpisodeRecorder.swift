/// Speaks a script and encodes it into an MP3 file at podcast loudness, in memory that does
/// not grow with the article (beyond a few numbers per 100 ms and one per word).
///
/// Two passes over the same synthesis (cheap: the engine runs hundreds of times real time,
/// and every pass starts from the engine's pristine state, so both passes are sample-identical):
/// 1. speak, keep the timing of every segment and word, and predict the loudness the peak
///    limiter gives at five gains (``LoudnessLadder``), which gives the gain for −16 LUFS;
/// 2. apply that gain through the limiter, stream the PCM into LAME and measure it again. Only
///    when that measurement misses the target by more than ``loudnessTolerance`` is the pass
///    repeated with a corrected gain (at most twice).
/// The ID3 tag (with chapters from pass 1's timing) is written first; MP3 bytes are written
/// out every 32 KiB. Pauses are exact runs of silent samples, so the timeline is the audio's.
struct EpisodeRecorder {
  let engine: SpeechEngine
  let settings: EncoderSettings
  /// Whether to measure and bring the audio to ``targetLoudness``; false encodes eSpeak NG's own
  /// level without limiting.
  var normalizeLoudness = true

  /// The loudness target for spoken-word podcasts, in LUFS.
  static let targetLoudness = -16.0
  /// How far the limited PCM may miss ``targetLoudness`` (LU) before another pass is made.
  static let loudnessTolerance = 0.5
  /// The limiter's true-peak ceiling in dBTP: −1 dBTP with margin for what MP3 encoding adds
  /// (README, "Loudness").
  static let peakCeiling = -3.0
  /// The most gain applied either way, in dB.
  static let maximumGain = 24.0

  /// What was recorded: lengths, timing and levels.
  struct Summary: Sendable, Hashable {
    /// Samples of PCM encoded, pauses included.
    var sampleCount: Int
    /// The PCM sample rate.
    var sampleRate: Int
    /// Where each segment and word lies in the audio.
    var timeline: Timeline
    /// The chapters in the ID3 tag.
    var chapters: [Chapter]
    /// The engine's own integrated loudness, in LUFS (nil for silence).
    var sourceLoudness: Double?
    /// The gain applied, in dB.
    var gain: Double
    /// The integrated loudness of the PCM handed to the encoder, in LUFS.
    var loudness: Double?
    /// The loudness pass 1 predicted for that gain (nil without normalization).
    var predictedLoudness: Double?
    /// Synthesis passes made, the timing pass included.
    var passes: Int

    /// The audio's duration in seconds, from the sample count.
    var duration: Double { Double(sampleCount) / Double(sampleRate) }
  }

  func record(
    _ script: Script, metadata: EpisodeMetadata, languages: [String: String], to file: AtomicFile,
    input: String
  ) throws -> Summary {
    let rate = engine.sampleRate
    let target = Self.targetLoudness
    var ladder = LoudnessLadder(
      target: target, ceilingDecibels: Self.peakCeiling, sampleRate: rate)
    let normalize = normalizeLoudness
    let timeline = try render(script, gain: nil, input: input) { samples in
      if normalize { ladder.add(samples) }
    }
    var passes = 1
    let ladderResults = normalize ? ladder.finish() : []
    var gain: Double? = nil
    var predicted: Double? = nil
    if let found = LoudnessLadder.gain(for: target, in: ladderResults) {
      gain = clampGain(found)
      predicted = target
    }

    let chapters = Chapter.chapters(for: script, timeline: timeline)
    let tagBytes = try metadata.tag(chapters: chapters, languages: languages).bytes()
    try file.write(tagBytes)
    var loudness: Double?
    while true {
      loudness = try encode(script, gain: gain, to: file, after: tagBytes.count, input: input)
      passes += 1
      guard let measured = loudness, let applied = gain, let expected = predicted,
        abs(measured - target) > Self.loudnessTolerance, passes < 4
      else { break }
      // The prediction was off by this much (an unusual article); shift the predicted curve by
      // the error and try again.
      let error = measured - expected
      guard let corrected = LoudnessLadder.gain(for: target - error, in: ladderResults) else {
        break
      }
      let next = clampGain(corrected == applied ? applied + (target - measured) : corrected)
      gain = next
      predicted = LoudnessLadder.loudness(at: next, in: ladderResults).map { $0 + error }
      try file.truncate(to: tagBytes.count)
    }
    return Summary(
      sampleCount: timeline.sampleCount, sampleRate: rate, timeline: timeline, chapters: chapters,
      sourceLoudness: normalize ? ladder.sourceLoudness : loudness, gain: gain ?? 0,
      loudness: loudness, predictedLoudness: predicted, passes: passes)
  }

  /// Speaks the script through the gain and limiter (or as it is, when `gain` is nil), streams
  /// it into LAME after the tag already written, and returns the PCM's integrated loudness.
  private func encode(
    _ script: Script, gain: Double?, to file: AtomicFile, after tagLength: Int, input: String
  ) throws -> Double? {
    var encoder = try MP3Encoder(settings: settings, inputSampleRate: engine.sampleRate)
    var pending: [UInt8] = []
    pending.reserveCapacity(1 << 16)
    var meter = LoudnessMeter(sampleRate: engine.sampleRate)
    _ = try render(script, gain: gain, input: input) { samples in
      meter.add(samples)
      try encoder.encode(samples, into: &pending)
      if pending.count >= 1 << 15 {
        try file.write(pending)
        pending.removeAll(keepingCapacity: true)
      }
    }
    try encoder.finish(into: &pending)
    try file.write(pending)
    if let infoFrame = try encoder.lameTagFrame() {
      try file.overwrite(infoFrame, at: tagLength)
    }
    return meter.integrated
  }

  private func clampGain(_ decibels: Double) -> Double {
    min(Self.maximumGain, max(-Self.maximumGain, decibels))
  }

  /// Speaks the whole script with its pauses, handing PCM to `output` (through gain and the
  /// limiter when `gain` is given), and returns the timeline.
  func render(
    _ script: Script, gain: Double?, input: String,
    output: (UnsafeBufferPointer<Int16>) throws -> Void
  ) throws -> Timeline {
    let rate = engine.sampleRate
    var limiter = gain.map {
      PeakLimiter(gainDecibels: $0, ceilingDecibels: Self.peakCeiling, sampleRate: rate)
    }
    var processed: [Int16] = []
    func emit(_ samples: UnsafeBufferPointer<Int16>) throws {
      guard limiter != nil else { return try output(samples) }
      processed.removeAll(keepingCapacity: true)
      limiter?.process(samples, into: &processed)
      try processed.withUnsafeBufferPointer { try output($0) }
    }
    var sampleCount = 0
    func silence(milliseconds: Int) throws {
      var remaining = milliseconds * rate / 1000
      while remaining > 0 {
        let count = min(remaining, Self.zeros.count)
        try Self.zeros.withUnsafeBufferPointer { zeros in
          try emit(UnsafeBufferPointer(rebasing: zeros[0..<count]))
        }
        sampleCount += count
        remaining -= count
      }
    }

    let segments = script.segments
    var timings: [Timeline.SegmentTiming] = []
    var events: [SpeechEvent] = []
    var start = 0
    if let first = segments.first { try silence(milliseconds: first.pauseBefore) }
    start = sampleCount
    // Each segment is spoken as SSML (SSMLWriter), with its own voice; event positions count
    // code points of that markup and are mapped back to the segment's text.
    let spoken = segments.map { SSMLWriter.engineText(for: $0) }
    let utterances = zip(segments, spoken).map { segment, text in
      SpeechEngine.Utterance(text.markup, ssml: true, voice: script.voice(for: segment))
    }
    // A WORD event marks where the engine starts the word's phonemes, which for a word such as
    // "two" is the silent closure before the burst; the cue should start when the word is heard.
    // So each word start moves to the first sample at or above −40 dBFS within 80 ms (never past
    // the next word's start).
    var awaiting: [Int] = []
    // Each utterance fades in and out over 5 ms, so that joining it to silence cannot click
    // (eSpeak NG can stop a segment mid-wave, at about −42 dBFS).
    let fade = rate / 200
    var tail: [Int16] = []
    let reach = rate * 80 / 1000
    try engine.speak(utterances, input: input) { progress in
      switch progress {
      case .chunk(let index, let chunk):
        for var event in chunk.events {
          if event.textPosition > 0 {
            event.textPosition = spoken[index].textOffset(forMarkupPosition: event.textPosition) + 1
          }
          if event.kind == .word { awaiting.append(events.count) }
          events.append(event)
        }
        let base = sampleCount - start
        var offset = 0
        while !awaiting.isEmpty, offset < chunk.samples.count {
          let position = base + offset
          let loud = abs(Int(chunk.samples[offset])) >= Self.audible
          awaiting.removeAll { item in
            let word = events[item].sample
            if position > word + reach { return true }
            if position >= word, loud {
              events[item].sample = position
              return true
            }
            return false
          }
          offset += 1
        }
        // Held back: the last few milliseconds, faded out when the utterance turns out to end.
        let begin = sampleCount - start
        for (offset, sample) in chunk.samples.enumerated() {
          let position = begin + offset
          tail.append(
            position < fade ? Int16(Int(sample) * position / fade) : sample)
        }
        if tail.count > fade {
          try tail.withUnsafeBufferPointer {
            try emit(UnsafeBufferPointer(rebasing: $0[..<(tail.count - fade)]))
          }
          tail.removeFirst(tail.count - fade)
        }
        sampleCount += chunk.samples.count
      case .finished(let index):
        for offset in tail.indices {
          tail[offset] = Int16(Int(tail[offset]) * (tail.count - offset) / (tail.count + 1))
        }
        try tail.withUnsafeBufferPointer { try emit($0) }
        tail.removeAll(keepingCapacity: true)
        awaiting.removeAll()
        var next = Int.max
        for item in events.indices.reversed() where events[item].kind == .word {
          events[item].sample = min(events[item].sample, next)
          next = events[item].sample
        }
        let segment = segments[index]
        timings.append(
          Timeline.segment(
            events: events, textLength: segment.text.unicodeScalars.count, offset: start,
            start: start, end: sampleCount))
        events.removeAll()
        try silence(milliseconds: segment.pauseAfter)
        if index + 1 < segments.count { try silence(milliseconds: segments[index + 1].pauseBefore) }
        start = sampleCount
      }
    }
    if limiter != nil {
      processed.removeAll(keepingCapacity: true)
      limiter?.finish(into: &processed)
      try processed.withUnsafeBufferPointer { try output($0) }
    }
    return Timeline(sampleRate: rate, sampleCount: sampleCount, segments: timings)
  }

  private static let zeros = [Int16](repeating: 0, count: 4096)
  /// −40 dBFS: the level at which a word counts as heard.
  private static let audible = 328
}
