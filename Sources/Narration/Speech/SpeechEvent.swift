/// Where the engine says a word, sentence or mark begins.
public struct SpeechEvent: Sendable, Hashable {
  /// What began.
  public enum Kind: Sendable, Hashable {
    case word
    case sentence
    case mark(String)
  }

  /// What began.
  public var kind: Kind
  /// The sample index, counted from the start of the `speak` call.
  public var sample: Int
  /// The 1-based character (code point) position in the text given to the engine.
  public var textPosition: Int
  /// The length in characters, for words.
  public var length: Int
}
