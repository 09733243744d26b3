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

  /// Whether the token holds a line break, as `Character.isNewline` finds one, told by its
  /// scalars: only runs of space hold them, each a character of its own (or the "\n" of "\r\n").
  var breaksLine: Bool {
    text.unicodeScalars.contains { scalar in
      (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028
        || scalar.value == 0x2029
    }
  }

  /// Whether the word starts with an upper-case letter.
  var isCapitalized: Bool { kind == .word && (text.first?.isUppercase ?? false) }
  /// Whether the word is written in capitals only ("NATO").
  var isAllCaps: Bool { kind == .word && text.allSatisfy { $0.isUppercase } }
}
