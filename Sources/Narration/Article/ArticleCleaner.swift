import Foundation

/// Turns a source document into the article a listener wants to hear.
///
/// A pure stage: the result depends only on the document, the rules and the options. The rules
/// are compiled once, when the cleaner is made, so one cleaner serves many documents (a batch,
/// a feed) without compiling them again for each, and from several threads at once.
public struct ArticleCleaner: Sendable {
  /// The boilerplate rules (data files) the cleaner applies on top of its structural signals.
  public let rules: CleaningRules
  private let text: TextDumpCleaner
  private let html: HTMLCleaner
  private let markdown: MarkdownCleaner
  private let languages: LanguageGuess

  /// Creates a cleaner with the given rules, compiling them.
  public init(rules: CleaningRules) {
    self.rules = rules
    let matcher = RuleMatcher(rules)
    let dates = PublicationDate()
    text = TextDumpCleaner(matcher: matcher, dates: dates)
    html = HTMLCleaner(matcher: matcher, dates: dates, rules: rules)
    markdown = MarkdownCleaner(matcher: matcher, dates: dates)
    languages = LanguageGuess(stopWords: rules.stopWords)
  }

  /// Cleans a document into an article, reporting every line it dropped and why.
  ///
  /// - Throws: ``NarrationError/noArticleText(_:)`` when nothing worth speaking is left.
  public func clean(
    _ document: SourceDocument, options: CleaningOptions = CleaningOptions()
  ) throws(NarrationError) -> CleaningResult {
    let result = try examine(document, options: options)
    guard !result.article.blocks.isEmpty else { throw .noArticleText(document.name) }
    return result
  }

  /// Cleans a document like ``clean(_:options:)`` but returns an empty article instead of
  /// throwing when nothing is left, so that `--explain` can show why every line went.
  ///
  /// - Throws: ``NarrationError/invalidInput(_:problem:)`` for SSML scripts and unparsable pages.
  public func examine(
    _ document: SourceDocument, options: CleaningOptions = CleaningOptions()
  ) throws(NarrationError) -> CleaningResult {
    var result: CleaningResult
    switch document.format {
    case .text:
      result = text.clean(document.text, explainAll: options.explain)
    case .html:
      result = try html.clean(document.text, name: document.name)
    case .markdown:
      result = markdown.clean(document.text)
    case .ssml:
      throw .invalidInput(
        document.name, problem: "this is a narration script, not an article; narrate it directly")
    }
    if let title = options.title { result.article.title = title }
    if let language = options.language {
      result.article.language = language
    } else if result.article.language == nil, document.format == .text || document.format == .html {
      // Page dumps carry no language tag, and many pages state none (no `lang`, no metadata):
      // the article's own words tell it. Markdown says its language or leaves it open.
      result.article.language = languages.language(of: result.article.blocks)
    }
    if result.article.title == nil {
      let firstText = result.article.blocks.first { $0.kind != .heading }?.text
      result.article.title = firstText.flatMap {
        Self.firstSentence(of: $0, abbreviations: rules.abbreviations)
      }
    }
    return result
  }

  /// The quotation marks and brackets that may stand around a word before a full stop.
  private static let wordWrappers: Set<Character> = ["\"", "'", "“", "‘", "(", "["]

  /// The first sentence of a text, cut at a word boundary to at most 120 characters.
  ///
  /// A full stop after an abbreviation ("Dec.", "Dr."), an initial ("J."), or before a
  /// lowercase word or a digit does not end the sentence.
  static func firstSentence(of text: String, abbreviations: Set<String> = []) -> String? {
    // Only the start matters; this keeps a page that is one huge paragraph cheap.
    let trimmed = String(text.prefix(1000)).trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    var sentence = trimmed
    let characters = Array(trimmed)
    var index = 0
    search: while index < characters.count {
      let character = characters[index]
      if character == "!" || character == "?" || character == "。" || character == "！"
        || character == "？"
      {
        sentence = String(characters[...index])
        break
      }
      if character == "." {
        let nextIndex = index + 1
        if nextIndex == characters.count {
          sentence = String(characters[...index])
          break
        }
        guard characters[nextIndex].isWhitespace else {
          index += 1
          continue
        }
        var wordStart = index
        while wordStart > 0, !characters[wordStart - 1].isWhitespace { wordStart -= 1 }
        // The word without the quotation marks and brackets around it.
        var wordEnd = index
        while wordStart < wordEnd, Self.wordWrappers.contains(characters[wordStart]) {
          wordStart += 1
        }
        while wordEnd > wordStart, Self.wordWrappers.contains(characters[wordEnd - 1]) {
          wordEnd -= 1
        }
        let word = String(characters[wordStart..<wordEnd])
        let isInitial = word.count == 1 && (word.first?.isUppercase ?? false)
        var following = nextIndex
        while following < characters.count, characters[following].isWhitespace { following += 1 }
        let nextStartsLower =
          following < characters.count
          && (characters[following].isLowercase || characters[following].isNumber)
        if !abbreviations.contains(word.lowercased()) && !isInitial && !nextStartsLower {
          sentence = String(characters[...index])
          break search
        }
      }
      index += 1
    }
    if sentence.last == "." { sentence.removeLast() }
    if sentence.count > 120 {
      let cut = sentence.prefix(120)
      sentence = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }
    return sentence
  }
}
