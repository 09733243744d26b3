/// A piece of text the normalizer looks at: a word, a number, a symbol, punctuation or space.
struct Token: Sendable, Hashable {
  /// What a token is.
  enum Kind: Sendable, Hashable {
    case word
    case number
    case symbol
    case punctuation
    case space
  }

  var kind: Kind
  var text: String
  /// What to say instead of `text`, once a rule has decided.
  var spoken: String?
}
