/// Speaks a script and encodes it into an MP3 file at podcast loudness, in memory that does
/// not grow with the article (beyond one number per 100 ms and one per word).
///
/// Several passes over the same synthesis (cheap: the engine runs hundreds of times real time,
/// and every pass starts from the engine's pristine state, so all passes are sample-identical):
/// 1. speak and measure the loudness and the timing of every segment and word;
/// 2. apply the gain that brings it to −16 LUFS through the peak limiter, and measure again
///    (limiting lowers the loudness), refining the gain until it lands within 0.1 LU;
/// 3. apply that gain through the limiter and stream the PCM into LAME.
/// MP3 at 64 kbit/s takes about 0.5 LU off (measured: −16.5 LUFS after CBR 64 at 44.1 kHz,
/// −16.0 after VBR at 22.05 kHz); aiming higher to make up for it needed deeper limiting, and
/// the encoder then overshot the true-peak limit, so the target stays −16 for the PCM.
/// The ID3 tag (with chapters from pass 1's timing) is written first; MP3 bytes are written
/// out every 32 KiB. Pauses are exact runs of silent samples, so the timeline is the audio's.
struct EpisodeRecorder {
  let engine: SpeechEngine
  let settings: EncoderSettings
  /// Whether to measure and bring the audio to ``targetLoudness``; false encodes eSpeak NG's own
  /// level in two passes (timing, then audio) instead of four or more.
  var normalizeLoudness = true

  /// The loudness target for spoken-word podcasts, in LUFS.
  static let targetLoudness = -16.0
  /// The limiter's sample-peak ceiling in dBFS: −1 dBTP with margin for inter-sample peaks and
  /// for what MP3 encoding adds.
  static let peakCeiling = -2.0
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

    /// The audio's duration in seconds, from the sample count.
    var duration: Double { Double(sampleCount) / Double(sampleRate) }
  }

  func record(
    _ script: Script, metadata: EpisodeMetadata, languages: [String: String], to file: AtomicFile,
    input: String
  ) throws -> Summary {
    let rate = engine.sampleRate
    var meter = LoudnessMeter(sampleRate: rate)
    let timeline = try render(script, gain: nil, input: input) { meter.add($0) }
    let source = meter.integrated
    var gain = 0.0
    if normalizeLoudness, let source {
      var measured: [(gain: Double, loudness: Double)] = [(0, source)]
      gain = try gainForTarget(
        script, target: Self.targetLoudness, measured: &measured, input: input)
    }

    let chapters = Chapter.chapters(for: script, timeline: timeline)
    let tagBytes = try metadata.tag(chapters: chapters, languages: languages).bytes()
    try file.write(tagBytes)
    var encoder = try MP3Encoder(settings: settings, inputSampleRate: rate)
    var pending: [UInt8] = []
    pending.reserveCapacity(1 << 16)
    var final = LoudnessMeter(sampleRate: rate)
    _ = try render(script, gain: normalizeLoudness ? gain : nil, input: input) { samples in
      final.add(samples)
      try encoder.encode(samples, into: &pending)
      if pending.count >= 1 << 15 {
        try file.write(pending)
        pending.removeAll(keepingCapacity: true)
      }
    }
    try encoder.finish(into: &pending)
    try file.write(pending)
    if let infoFrame = try encoder.lameTagFrame() {
      try file.overwrite(infoFrame, at: tagBytes.count)
    }
    return Summary(
      sampleCount: timeline.sampleCount, sampleRate: rate, timeline: timeline, chapters: chapters,
      sourceLoudness: source, gain: gain, loudness: final.integrated)
  }

  /// The gain that brings the limited audio to the target.
  ///
  /// Limiting takes back part of each extra decibel, so the gain is refined by the secant method over measuring passes until the
  /// loudness is within 0.1 LU (at most five passes). `measured` holds every (gain, loudness)
  /// pair measured so far and gains the new ones.
  private func gainForTarget(
    _ script: Script, target: Double, measured: inout [(gain: Double, loudness: Double)],
    input: String
  ) throws -> Double {
    func estimate() -> Double {
      let last = measured[measured.count - 1]
      var slope = 1.0
      if measured.count >= 2 {
        let before = measured[measured.count - 2]
        if last.gain != before.gain {
          // How much louder the result gets per decibel of gain, within sane bounds.
          slope = min(1.5, max(0.2, (last.loudness - before.loudness) / (last.gain - before.gain)))
        }
      }
      return clampGain(last.gain + (target - last.loudness) / slope)
    }
    for _ in 0..<5 {
      let last = measured[measured.count - 1]
      if last.gain != 0, abs(target - last.loudness) < 0.1 { return last.gain }
      let gain = estimate()
      var meter = LoudnessMeter(sampleRate: engine.sampleRate)
      _ = try render(script, gain: gain, input: input) { meter.add($0) }
      guard let loudness = meter.integrated else { return gain }
      measured.append((gain, loudness))
    }
    let last = measured[measured.count - 1]
    return abs(target - last.loudness) < 0.1 ? last.gain : estimate()
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
