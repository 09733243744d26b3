/// Where each segment, sentence and word of an episode lies in its audio, from the engine's
/// own events.
///
/// Samples count from the first PCM sample of the episode. The MP3's LAME info tag tells
/// decoders to drop the encoder delay and padding, so sample `n` here is sample `n` of the
/// decoded file; pauses inserted between segments are already counted in.
public struct Timeline: Sendable, Hashable, Codable {
  /// The PCM sample rate.
  public var sampleRate: Int
  /// All samples of the episode, pauses included.
  public var sampleCount: Int
  /// One entry per script segment, in order.
  public var segments: [SegmentTiming]

  /// Where one segment's speech lies.
  public struct SegmentTiming: Sendable, Hashable, Codable {
    /// The first sample of the segment's speech (after its pause before).
    public var start: Int
    /// The sample after the segment's speech (before its pause after).
    public var end: Int
    /// Word starts, filtered: strictly increasing in text position and in time.
    public var words: [WordTiming]
    /// Text positions (0-based code points) at which the engine began a sentence.
    public var sentenceStarts: [Int]

    /// Creates a segment timing.
    public init(start: Int, end: Int, words: [WordTiming], sentenceStarts: [Int]) {
      self.start = start
      self.end = end
      self.words = words
      self.sentenceStarts = sentenceStarts
    }
  }

  /// Where one spoken word starts.
  public struct WordTiming: Sendable, Hashable, Codable {
    /// The 0-based code point offset of the word in the text given to the engine.
    public var position: Int
    /// The word's length in code points.
    public var length: Int
    /// The episode sample at which the engine began the word.
    public var sample: Int

    /// Creates a word timing.
    public init(position: Int, length: Int, sample: Int) {
      self.position = position
      self.length = length
      self.sample = sample
    }
  }

  /// Creates a timeline.
  public init(sampleRate: Int, sampleCount: Int, segments: [SegmentTiming]) {
    self.sampleRate = sampleRate
    self.sampleCount = sampleCount
    self.segments = segments
  }

  /// A sample index as whole milliseconds (rounded), the unit every output file uses.
  public func milliseconds(_ sample: Int) -> Int {
    (sample * 1000 + sampleRate / 2) / sampleRate
  }

  /// Turns one utterance's raw events into a segment timing.
  ///
  /// eSpeak NG reports several WORD events with overlapping positions for numbers, and now and
  /// then a stray one at position 0 or out of order; only events inside the text that start
  /// after the previous kept word ends, and not earlier in time, are kept.
  public static func segment(
    events: [SpeechEvent], textLength: Int, offset: Int, start: Int, end: Int
  ) -> SegmentTiming {
    var words: [WordTiming] = []
    var sentences: [Int] = []
    for event in events {
      let position = event.textPosition - 1
      guard position >= 0, position < textLength else { continue }
      switch event.kind {
      case .word:
        if let last = words.last,
          position < last.position + max(1, last.length) || offset + event.sample < last.sample
        {
          continue
        }
        words.append(
          WordTiming(position: position, length: event.length, sample: offset + event.sample))
      case .sentence:
        if sentences.last.map({ position > $0 }) ?? true { sentences.append(position) }
      case .mark:
        break
      }
    }
    return SegmentTiming(start: start, end: end, words: words, sentenceStarts: sentences)
  }
}
