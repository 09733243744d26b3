/// A slice of synthesized audio with the timing events that fall in it.
public struct SpeechChunk {
  /// 16-bit mono PCM at the engine's sample rate; valid only during the callback.
  public var samples: UnsafeBufferPointer<Int16>
  /// Word, sentence and mark events, with sample offsets from the start of this `speak` call.
  public var events: [SpeechEvent]
}
