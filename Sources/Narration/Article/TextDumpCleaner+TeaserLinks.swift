/// Links to other stories that a label sets between two paragraphs of the article.
extension TextDumpCleaner {
  /// The most words of a link's headline under a label ("Keep reading", "Related").
  static let teaserLinkWords = 25

  /// Drops the headline under a label of links to other stories ("Keep reading", "Read more",
  /// "Related") inside the body, when a paragraph of the story follows it.
  ///
  /// Pages set such a link between two paragraphs; the headline is a line without a full stop
  /// right under the label, and the story goes on below it. The story's own subheading never
  /// sits right under such a label, so the line goes, which would otherwise stand as a heading
  /// of the paragraph after it. Only the lines under a label are read.
  func dropTeaserLinks(
    _ signals: [LineSignals], _ classes: inout [LineClass], _ inBody: inout [Bool]
  ) {
    guard classes.count >= 3 else { return }
    for index in 1..<(classes.count - 1) where inBody[index] {
      guard isTeaserLabel(classes[index - 1]), inBody[index + 1], classes[index + 1] == .prose,
        [.short, .fragment, .teaser].contains(classes[index]),
        signals[index].words <= Self.teaserLinkWords, !signals[index].endsSentence
      else { continue }
      classes[index] = .teaserList
      inBody[index] = false
    }
  }

  /// Whether a line is a label of links to other stories: a "Read more" link of teasers, or
  /// the label of a box of related stories that pages set inside articles.
  private func isTeaserLabel(_ lineClass: LineClass) -> Bool {
    switch lineClass {
    case .rule(let id): return matcher.teaserMarkers.contains(id)
    case .section(let id): return matcher.interruptingSections.contains(id)
    default: return false
    }
  }
}
