import Foundation

/// Rewrites what an article prints into what a newsreader says ("$5" → "five dollars").
///
/// A pure stage: the output depends only on the text, the tables and the options. Text that
/// needs no change passes through unchanged.
public struct Normalizer: Sendable {
  /// The data tables (abbreviations, units, currencies) the rules read.
  public var tables: NormalizerTables
  /// Dialect and other choices.
  public var options: NormalizerOptions

  /// Creates a normalizer over the given tables.
  public init(tables: NormalizerTables, options: NormalizerOptions = NormalizerOptions()) {
    self.tables = tables
    self.options = options
  }

  /// Normalizes one block or line of text.
  public func normalize(_ text: String) -> String {
    var tokens = Tokenizer.tokens(text)
    for index in tokens.indices {
      tokens[index].spoken = spoken(tokens[index], in: tokens, at: index)
    }
    return tokens.map { $0.spoken ?? $0.text }.joined()
  }

  private func spoken(_ token: Token, in tokens: [Token], at index: Int) -> String? {
    switch token.kind {
    case .word:
      let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
      if next == ".", let expansion = tables.abbreviations[token.text + "."] {
        return expansion
      }
      return nil
    case .number:
      return NumberSpeller.cardinal(token.text)
    case .symbol:
      return tables.symbols[token.text].map { " \($0) " }
    case .space, .punctuation:
      return nil
    }
  }
}

/// Choices that change how text is read.
public struct NormalizerOptions: Sendable, Hashable {
  /// English dialects whose readings differ ("one hundred and five" in British English).
  public enum Dialect: String, Sendable, Hashable, Codable {
    case american = "en-us"
    case british = "en-gb"
  }

  /// Which dialect to read in.
  public var dialect: Dialect

  /// Creates options; American English by default.
  public init(dialect: Dialect = .american) {
    self.dialect = dialect
  }
}
