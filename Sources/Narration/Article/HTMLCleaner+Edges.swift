import Foundation

/// What goes at the article's edges: page parts after a section label, pleas and disclosures
/// at the start and end, notes about the writer, and headings with nothing after them.
extension HTMLCleaner {
  /// Cuts the article at the labels of page parts that are not the article (sections.yml):
  /// a comment section or a list of other stories that the page puts inside the article's
  /// container, after its last paragraph.
  ///
  /// A label that ends the article ("Comments", "More stories") cuts everything after it, when
  /// the article before it is the larger part and, for a heading, when no earlier subheading of
  /// the article has the same tag (then it is more likely one of the article's own). A label of
  /// a box that pages also set between paragraphs ("Related") drops the box: the label and the
  /// lines after it up to the next prose paragraph.
  struct SectionCut {
    /// The least article text before a label for it to cut anything.
    static let minimumBefore = 300

    let blocks: [Block]
    /// For each block, the characters of selected paragraphs from it to the end.
    private let remaining: [Int]
    private var before = 0
    private var headingTags: Set<String> = []
    private var ended: String?
    private var inBox: String?

    init(blocks: [Block], selected: Set<Int>) {
      self.blocks = blocks
      var remaining = [Int](repeating: 0, count: blocks.count + 1)
      for index in blocks.indices.reversed() {
        let counts = selected.contains(index) && blocks[index].kind != .heading
        remaining[index] = remaining[index + 1] + (counts ? blocks[index].characters : 0)
      }
      self.remaining = remaining
    }

    /// Why a selected block goes as part of a section, or nil when it stays in the article.
    ///
    /// - Parameter section: the section rule that matches the block's text, if any.
    mutating func reason(_ index: Int, section: String?, matcher: RuleMatcher) -> String? {
      let block = blocks[index]
      if let ended { return "section:\(ended)" }
      if let box = inBox {
        if HTMLCleaner.isPlainProse(block) {
          inBox = nil
        } else {
          return "section:\(box)"
        }
      }
      guard let id = section, block.kind == .heading || !LineSignals(block.text).endsSentence
      else {
        if block.kind == .heading {
          headingTags.insert(block.tag)
        } else {
          before += block.characters
        }
        return nil
      }
      if matcher.interruptingSections.contains(id) {
        inBox = id
        return "section:\(id)"
      }
      let after = remaining[index + 1]
      guard before >= Self.minimumBefore, after <= before,
        block.kind != .heading || !headingTags.contains(block.tag)
      else { return nil }
      ended = id
      return "section:\(id)"
    }
  }

  /// The most words a block at the start and at the end can have for an edge rule to be
  /// tried on it.
  static let edgeWords = (start: 30, end: 80)

  /// Drops the blocks at the start and end of the article that an edge rule matches (a
  /// newsletter plea, a disclosure, the writer's biography), when there are enough to spare.
  ///
  /// Chrome at the end comes in runs (a plea, a disclaimer, a biography, a paywall notice):
  /// after a drop among the last blocks, the new last blocks are tried in turn.
  func dropEdges(_ blocks: inout [ArticleBlock], dropped: inout [DroppedLine]) {
    let window = CleaningRules.edgeWindow
    var firstPass = true
    while true {
      let texts = blocks.indices.filter { blocks[$0].kind != .heading }
      guard texts.count > window.start + window.end else { return }
      var gone: Set<Int> = []
      let starts = firstPass ? Set(texts.prefix(window.start)) : []
      let ends = Set(texts.suffix(window.end)).subtracting(starts)
      for index in starts.union(ends).sorted() {
        // A plea or a biography is a few sentences; a longer paragraph is the story's own, and
        // at the start, where the story's lead stands, only a line or two can be a plea.
        let limit = starts.contains(index) ? Self.edgeWords.start : Self.edgeWords.end
        guard blocks[index].text.split(separator: " ").count <= limit,
          let id = matcher.edgeRule(blocks[index].text)
        else { continue }
        gone.insert(index)
        let block = blocks[index]
        dropped.append(DroppedLine(block, reason: "rule:\(id)"))
      }
      blocks = blocks.indices.filter { !gone.contains($0) }.map { blocks[$0] }
      firstPass = false
      guard !gone.isDisjoint(with: ends) else { return }
    }
  }

  /// Drops the notes about the writer that close many articles: blocks at the end that start
  /// with the writer's name ("Jo Ruiz is a reporter who…"), or short ones that name them
  /// ("More posts by Jo Ruiz").
  static func dropWriterNotes(
    _ blocks: inout [ArticleBlock], byline: String?, dropped: inout [DroppedLine]
  ) {
    guard let byline else { return }
    let names = byline.replacingOccurrences(of: " and ", with: ", ")
      .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { $0.split(separator: " ").count >= 2 }
    guard !names.isEmpty else { return }
    while blocks.count > 1, let last = blocks.last, last.kind != .heading {
      let short = last.text.split(separator: " ").count <= 12
      let aboutWriter = names.contains { name in
        last.text.hasPrefix(name) || (short && last.text.contains(name))
      }
      guard aboutWriter else { break }
      dropped.append(
        DroppedLine(last, reason: "signal:writer-note"))
      blocks.removeLast()
    }
  }

  /// Drops headings with nothing after them (the end of the article): they say nothing to a
  /// listener.
  static func dropTrailingHeadings(
    _ blocks: inout [ArticleBlock], dropped: inout [DroppedLine]
  ) {
    while let last = blocks.last, last.kind == .heading {
      dropped.append(
        DroppedLine(last, reason: "signal:trailing-heading"))
      blocks.removeLast()
    }
  }
}
