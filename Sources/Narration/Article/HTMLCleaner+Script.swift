/// The fallback to the article that a page built by script keeps in its data.
extension HTMLCleaner {
  /// The fewest characters of found text that say which story the page is: with less, the
  /// longest article in the data is taken; with more, only one that holds what was found.
  static let scriptTrustLength = 150

  /// The most characters of found text for the data to be read at all: a page whose markup
  /// shows a story's first paragraphs and loads the rest with script.
  static let scriptFallbackLength = 2000

  /// The article from the page's script data (``ScriptArticle``), in place of what the markup
  /// gave, when that is little or nothing.
  ///
  /// Below ``minimumArticleLength`` characters, the data's article must be twice as long as
  /// what was found; up to ``scriptFallbackLength``, three times as long and hold nearly all
  /// of its words. Past ``scriptTrustLength`` characters what was found must be part of it:
  /// the data of a page also holds other stories and their summaries.
  func withScriptArticle(
    _ result: CleaningResult, document: MarkupDocument, metadata: HTMLMetadata
  ) -> CleaningResult {
    let found = result.article.bodyText
    guard found.count < Self.scriptFallbackLength else { return result }
    let factor = found.count < Self.minimumArticleLength ? 2 : 3
    for candidate in ScriptArticle.candidates(in: document.root) {
      guard candidate.text.count >= factor * found.count else { break }
      guard let reference = ReferenceText(candidate.text, line: candidate.line) else { break }
      let share = found.count < Self.scriptTrustLength ? 1 : reference.share(of: found)
      guard share >= (found.count < Self.minimumArticleLength ? 0.8 : 0.9) else { continue }
      return stated(
        candidate.html, reference: reference, instead: result, metadata: metadata,
        reason: "signal:not-in-script-data") ?? result
    }
    return result
  }
}
