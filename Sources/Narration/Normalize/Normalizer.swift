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
    let keeps = !tables.keptWords.isEmpty
    while index < stream.count {
      if keeps, let end = keptSpan(stream, at: index) {
        for kept in index..<end { out += stream.tokens[kept].text }
        index = end
        continue
      }
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

  /// The end of a word or phrase from the user's lexicon starting at `index`, if one does.
  ///
  /// Words are matched the way ``Lexicon`` cuts them: runs of letters and digits ("B2B"), with
  /// a possessive "'s" allowed on the last word.
  private func keptSpan(_ stream: TokenStream, at index: Int) -> Int? {
    func wordEnd(_ start: Int) -> Int? {
      var end = start
      while let token = stream[end], token.kind == .word || token.kind == .number { end += 1 }
      return end > start ? end : nil
    }
    func spelling(_ start: Int, _ end: Int) -> String {
      (start..<end).map { stream.tokens[$0].text }.joined()
    }
    guard let kind = stream[index]?.kind, kind == .word || kind == .number,
      !stream.isWord(index - 1), !stream.isNumber(index - 1), let firstEnd = wordEnd(index)
    else { return nil }
    let first = spelling(index, firstEnd)
    var keys = [first.lowercased()]
    if let stem = Lexicon.possessiveStem(Substring(first)) { keys.append(stem.lowercased()) }
    for key in keys {
      for entry in tables.keptWords[key] ?? [] {
        let words = entry.word.split(whereSeparator: \.isWhitespace)
        var end = firstEnd
        var written = [first]
        for _ in words.dropFirst() {
          guard stream.isInlineSpace(end), let next = wordEnd(end + 1) else { break }
          written.append(spelling(end + 1, next))
          end = next
        }
        guard written.count == words.count else { continue }
        let plain = written.joined(separator: " ")
        if entry.accepts(Substring(plain)) { return end }
        if let last = written.last, let stem = Lexicon.possessiveStem(Substring(last)) {
          written[written.count - 1] = String(stem)
          if entry.accepts(Substring(written.joined(separator: " "))) { return end }
        }
      }
    }
    return nil
  }

  /// Offers position `index` to the readers for its token's class.
  private func read(_ stream: TokenStream, at index: Int) -> Reading? {
    let token = stream.tokens[index]
    switch token.kind {
    case .space:
      return nil
    case .number:
      return readNumberedBook(stream, at: index) ?? readElectronic(stream, at: index)
        ?? readNumeric(stream, at: index)
    case .word:
      if !tables.lexicon.isEmpty, let spoken = tables.lexicon[token.text],
        stream.endsFree(index + 1),
        stream.startsFree(index)
      {
        return Reading(spoken: spoken, end: index + 1)
      }
      // (In three chains: one long `??` chain is too slow for the type checker.)
      // (Both need a dash right after the word, which few words have.)
      if stream[index + 1]?.kind == .mark,
        let reading = readIsotope(stream, at: index) ?? readGradeSpan(stream, at: index)
      {
        return reading
      }
      if let reading = readFormula(stream, at: index) ?? readScripture(stream, at: index)
        ?? readNumberedBook(stream, at: index)
        ?? readYearPart(stream, at: index)
        ?? readElectronic(stream, at: index)
        ?? readMonthDate(stream, at: index)
        ?? readCurrencyCode(stream, at: index) ?? readState(stream, at: index)
        ?? readAgencyState(stream, at: index) ?? readTimeZone(stream, at: index)
      {
        return reading
      }
      return readUnitWithoutNumber(stream, at: index) ?? readDegreeScale(stream, at: index)
        ?? readInitialsAndInitials(stream, at: index)
        ?? readDotted(stream, at: index)
        ?? readAbbreviation(stream, at: index)
        ?? readRoman(stream, at: index) ?? readAcronym(stream, at: index)
        ?? readWordSymbols(stream, at: index) ?? readSpelling(stream, at: index)
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
