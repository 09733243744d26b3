import Foundation

/// Rewrites what an article prints into what a newsreader says ("$5" → "five dollars").
///
/// A pure stage: the output depends only on the text, the tables and the options. Text that
/// needs no change passes through unchanged, character for character. The text is cut into
/// ``Token``s and each position is offered to one reader per token class (Flite's `en_exp_*`
/// functions): the first reader that recognizes the tokens there says how to read them.
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

  /// What a reader decided: the words to say and the first token it did not use.
  struct Reading {
    var spoken: String
    var end: Int
  }

  var british: Bool { options.dialect == .british }

  /// Normalizes one block or line of text.
  public func normalize(_ text: String) -> String {
    let stream = TokenStream(tokens: Tokenizer.tokens(text))
    var out = ""
    out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
    var index = 0
    while index < stream.count {
      if let reading = read(stream, at: index), reading.end > index {
        // Keep words apart from letters or digits glued to what was rewritten ("W2s").
        if let first = reading.spoken.first, first.isLetter, let last = out.last,
          last.isLetter || last.isNumber
        {
          out += " "
        }
        out += reading.spoken
        if let last = reading.spoken.last, last.isLetter, let next = stream[reading.end],
          next.kind == .word || next.kind == .number
        {
          out += " "
        }
        index = reading.end
      } else {
        out += stream.tokens[index].text
        index += 1
      }
    }
    return out
  }

  /// Offers position `index` to the readers for its token's class.
  private func read(_ stream: TokenStream, at index: Int) -> Reading? {
    let token = stream.tokens[index]
    switch token.kind {
    case .space:
      return nil
    case .number:
      return readElectronic(stream, at: index) ?? readNumeric(stream, at: index)
    case .word:
      if let spoken = tables.lexicon[token.text], stream.endsFree(index + 1),
        stream.startsFree(index)
      {
        return Reading(spoken: spoken, end: index + 1)
      }
      return readElectronic(stream, at: index) ?? readMonthDate(stream, at: index)
        ?? readCurrencyCode(stream, at: index) ?? readDotted(stream, at: index)
        ?? readAbbreviation(stream, at: index) ?? readRoman(stream, at: index)
        ?? readAcronym(stream, at: index) ?? readWordSymbols(stream, at: index)
        ?? readSpelling(stream, at: index)
    case .mark:
      return readMark(stream, at: index)
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
