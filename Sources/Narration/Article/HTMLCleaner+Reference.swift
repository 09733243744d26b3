/// The check of an extraction against the article text the page's JSON-LD states.
extension HTMLCleaner {
  /// Checks an extraction against the article text the page's JSON-LD states.
  ///
  /// When the extraction holds most of that text, blocks before the text's first words and
  /// after its last words that are not part of it go (teasers, bios, promotions). When it
  /// holds less than half of it (the scorer chose the wrong part of the page, or the page
  /// builds the article with script), the blocks that match the text are taken instead, and
  /// failing that the JSON-LD text itself.
  func checked(
    _ result: CleaningResult, against reference: ReferenceText, document: MarkupDocument,
    metadata: HTMLMetadata
  ) -> CleaningResult {
    let coverage = reference.coverage(of: result.article.bodyText)
    if coverage >= 0.8 { return trimmed(result, to: reference) }
    // Half the stated text or more: the right part of the page, with a different version of it.
    guard coverage < 0.5 else { return result }
    let matched = extract(document, metadata: metadata, pruning: .textless, reference: reference)
    if reference.coverage(of: matched.article.bodyText) >= 0.7 { return matched }
    // The page's markup does not hold the article: read the JSON-LD text as a page of its own.
    let paragraphs =
      reference.text.contains("<")
      ? reference.text
      : reference.text.split(whereSeparator: \.isNewline).map { "<p>\($0)</p>" }.joined()
    guard
      let stated = stated(
        paragraphs, reference: reference, instead: result, metadata: metadata,
        reason: "signal:not-in-json-ld-body"),
      reference.coverage(of: stated.article.bodyText) > coverage
    else { return result }
    return stated
  }

  /// The article read from text that the page states outside its markup (JSON-LD, script
  /// data), as a page of its own, in place of what the markup gave.
  ///
  /// The blocks all come from the reference's source line; the markup's blocks are listed as
  /// dropped, for `reason`. Nil when the text cannot be parsed.
  func stated(
    _ html: String, reference: ReferenceText, instead result: CleaningResult,
    metadata: HTMLMetadata, reason: String
  ) -> CleaningResult? {
    guard let fragment = try? MarkupDocument.parse("<html><body>\(html)</body></html>", name: "")
    else { return nil }
    var stated = extract(fragment, metadata: metadata, pruning: .textless, reference: reference)
    let line = max(1, reference.line)
    stated.article.blocks = stated.article.blocks.map {
      ArticleBlock(kind: $0.kind, text: $0.text, lines: line...line)
    }
    let elsewhere = result.dropped + result.article.blocks.map { DroppedLine($0, reason: reason) }
    stated.dropped = elsewhere.sorted { $0.line < $1.line }
    return stated
  }

  /// Drops the blocks before the start and after the end of the JSON-LD text that it lacks.
  func trimmed(_ result: CleaningResult, to reference: ReferenceText) -> CleaningResult {
    let blocks = result.article.blocks
    // A stated text much shorter than the extraction is a summary or a preview, not the article.
    guard reference.count * 10 >= ReferenceText.words(of: result.article.bodyText).count * 6,
      let first = blocks.firstIndex(where: { reference.holdsEdge($0.text, start: true) }),
      let last = blocks.lastIndex(where: { reference.holdsEdge($0.text, start: false) }),
      first <= last
    else { return result }
    var kept: [ArticleBlock] = []
    var dropped = result.dropped
    for (index, block) in blocks.enumerated() {
      if (index < first || index > last) && reference.share(of: block.text) < 0.5 {
        dropped.append(DroppedLine(block, reason: "signal:not-in-json-ld-body"))
      } else {
        kept.append(block)
      }
    }
    Self.dropTrailingHeadings(&kept, dropped: &dropped)
    var trimmed = result
    trimmed.article.blocks = kept
    trimmed.dropped = dropped.sorted { $0.line < $1.line }
    return trimmed
  }

  /// The blocks whose words are nearly all in the reference text: from the first to the last
  /// such block of four words or more, leaving out blocks between that are mostly foreign.
  static func matching(_ blocks: [Block], reference: ReferenceText) -> Set<Int> {
    let shares = blocks.map { reference.share(of: $0.text) }
    let anchors = blocks.indices.filter {
      shares[$0] >= 0.7 && ReferenceText.words(of: blocks[$0].text).count >= 4
    }
    guard let first = anchors.first, let last = anchors.last else { return [] }
    return Set((first...last).filter { shares[$0] >= 0.7 })
  }
}
