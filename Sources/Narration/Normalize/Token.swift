/// A piece of text the normalizer looks at: a word, a number, a mark, or a run of space.
struct Token: Sendable, Hashable {
  /// What a token is.
  enum Kind: Sendable, Hashable {
    /// Letters (with combining marks and inner apostrophes): "don't", "Kyiv".
    case word
    /// ASCII digits only; separators are separate tokens.
    case number
    /// One character that is neither letter, digit nor space: ".", "$", "°", "😀".
    case mark
    /// A run of white space, kept exactly as written.
    case space
  }

  var kind: Kind
  var text: String

  /// Whether the word starts with an upper-case letter.
  var isCapitalized: Bool { kind == .word && (text.first?.isUppercase ?? false) }
  /// Whether the word is written in capitals only ("NATO").
  var isAllCaps: Bool { kind == .word && text.allSatisfy { $0.isUppercase } }
}
