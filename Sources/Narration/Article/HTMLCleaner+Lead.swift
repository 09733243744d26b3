/// The recovery of a lead or standfirst that pages set above the article's container.
extension HTMLCleaner {
  /// The most short lines (a byline, a date, a share bar) between a standfirst and the body
  /// that the lead can pass, and the most words each can have.
  static let leadGap = (lines: 6, words: 5)

  /// The most short lines that are links only (a share bar's buttons, the writer's name, tags)
  /// between a standfirst and the body that the lead can pass, besides ``leadGap``.
  static let leadLinkLines = 16

  /// The prose just before the chosen container that belongs to the article: a lead or
  /// summary that pages set in a box of its own above the body.
  ///
  /// Readability's sibling rule, in document order rather than by parent: walks back from the
  /// article's first block over prose paragraphs (and the subheadings between them), and stops
  /// at anything else, at a top-level heading (the headline, another story's title), and
  /// before taking more text than the article holds or at a plea or disclosure (edges.yml).
  /// Past a few short lines (the byline and date under a standfirst) it takes prose only when
  /// the headline (`h1`) is right above it.
  ///
  /// - Parameter stories: for each block, the outermost `article` element around it, if any;
  ///   the lead never comes from another story than the article's.
  func lead(before selected: Set<Int>, in blocks: [Block], stories: [Int?]) -> Set<Int> {
    // Under a headline that opens the container, a lead would stand above the headline: what
    // is there is the page's (a notice, the site's own blurb).
    guard let first = selected.min(), blocks[first].kind != .heading || blocks[first].tag != "h1"
    else { return [] }
    let story = stories[first]
    let budget = selected.reduce(0) { $0 + blocks[$1].characters }
    var taken: Set<Int> = []
    // Blocks past a gap of short lines, taken only if the headline comes next.
    var tentative: Set<Int> = []
    var gap = 0
    var linkLines = 0
    var headings: [Int] = []
    var characters = 0
    for index in stride(from: first - 1, through: 0, by: -1) {
      let block = blocks[index]
      if let other = stories[index], other != story { break }
      if block.kind == .heading {
        if block.tag == "h1" { taken.formUnion(tentative) }
        guard block.tag != "h1" && block.tag != "h2" else { break }
        if headings.isEmpty {
          headings.append(index)
          continue
        }
        // A heading right above another is no subheading of the lead: a box's title and its
        // label (a writer's card). Both are short lines between the standfirst and the body.
        gap += headings.count + 1
        headings = []
        guard gap <= Self.leadGap.lines, tentative.isEmpty else { break }
        continue
      }
      let signals = LineSignals(block.text)
      let prose =
        Self.isPlainProse(block)
        && (!PublicationDate.hasYear(block.text) || signals.words > 25)
        && matcher.edgeRule(block.text) == nil
      characters += prose ? block.characters : 0
      if prose && characters <= budget && signals.endsSentence && gap == 0 && tentative.isEmpty {
        // Whole sentences right above the body: a lead.
        taken.insert(index)
        taken.formUnion(headings)
      } else if prose && characters <= budget {
        // A standfirst without a full stop, or prose past a byline: only under the headline.
        tentative.insert(index)
        tentative.formUnion(headings)
      } else if signals.words <= Self.leadGap.words, tentative.isEmpty,
        block.linkCharacters >= block.characters, linkLines < Self.leadLinkLines
      {
        // A button of a share bar, which pages without telling class names leave in the text.
        linkLines += 1
      } else if signals.words <= Self.leadGap.words, gap < Self.leadGap.lines, tentative.isEmpty {
        gap += 1
      } else {
        break
      }
      headings = []
    }
    return taken
  }
}
