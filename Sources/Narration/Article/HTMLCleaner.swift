import Foundation

/// Finds the article in a web page by its structure, as Mozilla's Readability does.
///
/// Elements that are never article text (`script`, `style`, `iframe`, `nav`, `aside`, `footer`,
/// the page's `header`, `figcaption`, forms, hidden elements, and elements whose class or id an
/// element rule names) are dropped first. The rest is cut into blocks (paragraphs, headings, list
/// items, quotes; two `<br>` in a row end one). Each paragraph scores its parent and grandparent
/// by its length and commas; scores shrink with the share of link text. The best-scoring
/// container and its strong siblings are the article, with the lead or standfirst just above
/// it; boxes of links inside it go, and a section label (sections.yml) cuts it short. Line,
/// edge and date signals then drop what is left of the page around the story, and the JSON-LD
/// `articleBody`, when the page states one, checks the result.
struct HTMLCleaner {
  let matcher: RuleMatcher
  let dates: PublicationDate
  /// The `weight` rules: class and id patterns and what they add to a container's score.
  let weights: [(pattern: NSRegularExpression, weight: Double)]

  init(matcher: RuleMatcher, dates: PublicationDate, rules: CleaningRules) {
    self.matcher = matcher
    self.dates = dates
    self.weights = rules.rules.filter { $0.scope == .weight }.compactMap { rule in
      guard let pattern = rule.pattern, let weight = rule.weight,
        let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
      else { return nil }
      return (regex, Double(weight))
    }
  }

  /// Tags whose content is never article text.
  static let droppedTags: Set<String> = [
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "canvas", "svg", "math", "audio", "video", "picture", "map", "nav", "aside", "footer",
    "header", "figcaption", "form", "button", "select", "option", "textarea", "input", "label",
    "dialog", "menu", "title", "meta", "link", "base",
  ]
  /// Tags that hold no readable text at all; even the relaxed retry drops them.
  static let textlessTags: Set<String> = [
    "script", "style", "template", "iframe", "frame", "frameset", "object", "embed", "canvas",
    "svg", "math", "audio", "video", "picture", "map", "button", "select", "option", "textarea",
    "input", "label", "title", "meta", "link", "base",
  ]
  /// Tags that start a new block of text.
  static let blockTags: Set<String> = [
    "p", "div", "section", "article", "main", "body", "html", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
    "tr", "td", "th", "caption", "figure", "address", "center", "hr", "details", "summary",
    "fieldset", "hgroup",
  ]
  /// Tags that never contain the main text, only parts of it.
  private static let leafBlocks: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"]

  /// A run of text that forms one block, with what the scorer needs to know about it.
  struct Block {
    var kind: ArticleBlock.Kind
    var tag: String
    var text: String
    var lines: ClosedRange<Int>
    var characters: Int
    var linkCharacters: Int
    /// Characters outside bold text (`strong`, `b`).
    var plainCharacters: Int
    /// Ids of the enclosing block elements, nearest first.
    var ancestors: [Int]

    var linkDensity: Double {
      characters == 0 ? 0 : Double(linkCharacters) / Double(characters)
    }
  }

  /// What the walker knows about an element that encloses blocks.
  struct Container {
    var tag: String
    var names: String
    var parent: Int?
    var characters = 0
    var linkCharacters = 0
    /// Characters of prose paragraphs inside (see ``isProse(_:)``).
    var proseCharacters = 0
    /// Commas in the text inside.
    var commas = 0
    /// The blocks inside.
    var blocks = 0
    var score = 0.0
    var scored = false
  }

  /// The fewest characters of article text that count as finding the article; with less, the
  /// cleaner tries again without element rules (Readability's retry).
  static let minimumArticleLength = 500

  func clean(_ text: String, name: String) throws(NarrationError) -> CleaningResult {
    let document = try HTMLDocument.parse(text, name: name)
    let metadata = HTMLMetadata.read(document.root, dates: dates)
    var result = extract(document, metadata: metadata, pruning: .chrome)
    if result.article.bodyText.count < Self.minimumArticleLength {
      // Too little: prune less, and keep whichever finds the most text.
      for pruning in [Pruning.chromeTags, .textless] {
        let retry = extract(document, metadata: metadata, pruning: pruning)
        if retry.article.bodyText.count > 2 * result.article.bodyText.count { result = retry }
      }
    }
    if let reference = metadata.articleBody {
      result = checked(result, against: reference, document: document, metadata: metadata)
    }
    if result.article.blocks.isEmpty && result.dropped.isEmpty {
      // Nothing to list line by line: say so, for `--explain`.
      result.dropped = [
        DroppedLine(
          line: 1, text: "(no text outside scripts, styles and tags)",
          reason: "signal:no-visible-text")
      ]
    }
    return result
  }

  /// Checks an extraction against the article text the page's JSON-LD states.
  ///
  /// When the extraction holds most of that text, blocks before the text's first words and
  /// after its last words that are not part of it go (teasers, bios, promotions). When it
  /// holds less than half of it (the scorer chose the wrong part of the page, or the page
  /// builds the article with script), the blocks that match the text are taken instead, and
  /// failing that the JSON-LD text itself.
  private func checked(
    _ result: CleaningResult, against reference: ReferenceText, document: HTMLDocument,
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
      let fragment = try? HTMLDocument.parse("<html><body>\(paragraphs)</body></html>", name: "")
    else { return result }
    var stated = extract(fragment, metadata: metadata, pruning: .textless, reference: reference)
    let line = max(1, reference.line)
    stated.article.blocks = stated.article.blocks.map {
      ArticleBlock(kind: $0.kind, text: $0.text, lines: line...line)
    }
    guard reference.coverage(of: stated.article.bodyText) > coverage else { return result }
    let elsewhere =
      result.dropped
      + result.article.blocks.map {
        DroppedLine(line: $0.lines.lowerBound, text: $0.text, reason: "signal:not-in-json-ld-body")
      }
    stated.dropped = elsewhere.sorted { $0.line < $1.line }
    return stated
  }

  /// Drops the blocks before the start and after the end of the JSON-LD text that it lacks.
  private func trimmed(_ result: CleaningResult, to reference: ReferenceText) -> CleaningResult {
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
        dropped.append(
          DroppedLine(
            line: block.lines.lowerBound, text: block.text, reason: "signal:not-in-json-ld-body"))
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

  /// What the walker drops before scoring.
  enum Pruning {
    /// Chrome by tag (`nav`, `footer`, …), by ARIA role, and by element rule.
    case chrome
    /// Chrome by tag and role only (Readability's retry when element rules hid the article).
    case chromeTags
    /// Only elements without readable text: a stray `<form>` or unclosed `<header>` can wrap a
    /// whole page, and script-built pages keep their text in `<noscript>`.
    case textless
  }

  /// Extracts the article from a parsed page, after pruning it as `pruning` says.
  ///
  /// With a reference text, the blocks that match it are the article, instead of the
  /// best-scoring container.
  private func extract(
    _ document: HTMLDocument, metadata: HTMLMetadata, pruning: Pruning,
    reference: ReferenceText? = nil
  ) -> CleaningResult {
    var walker = Walker(matcher: matcher, pruning: pruning)
    let body = Self.firstElement(named: "body", in: document.root) ?? document.root
    walker.containers[body.id] = Container(tag: body.name, names: "", parent: nil)
    walker.walk(body, context: Walker.Context(ancestors: [body.id], parent: nil))
    walker.flush()
    var dropped = walker.dropped
    var clusters: Set<Int> = []
    var selected: Set<Int>
    if let reference {
      selected = Self.matching(walker.blocks, reference: reference)
    } else {
      selected = select(walker.blocks, containers: &walker.containers, clusters: &clusters)
      selected.formUnion(lead(before: selected, in: walker.blocks))
    }

    var blocks: [ArticleBlock] = []
    var byline = metadata.byline
    var sections = SectionCut(blocks: walker.blocks, selected: selected)
    for (index, block) in walker.blocks.enumerated() {
      func drop(_ reason: String) {
        dropped.append(DroppedLine(line: block.lines.lowerBound, text: block.text, reason: reason))
      }
      guard selected.contains(index) else {
        let signal = clusters.contains(index) ? "signal:link-cluster" : "signal:outside-article"
        drop(matcher.lineRule(block.text).map { "rule:\($0)" } ?? signal)
        continue
      }
      // One look-up for both kinds of rule: a line matches a section rule or a line rule.
      let rules = matcher.match(block.text)
      if let reason = sections.reason(index, section: rules.section, matcher: matcher) {
        drop(reason)
      } else if let rule = rules.line {
        drop("rule:\(rule)")
      } else if block.kind == .heading
        && (block.text == metadata.title || (block.tag == "h1" && blocks.isEmpty))
        || Self.isTitleTrail(block, title: metadata.title)
      {
        // The article's own headline (also at the end of a trail of links to it): it is the
        // title, not part of the body.
        drop("signal:title")
      } else if let name = TextDumpCleaner.bylineName(block.text),
        blocks.isEmpty || blocks.count == 1 && blocks[0].kind == .heading
          || !LineSignals(block.text).endsSentence
      {
        // At the top, or anywhere as a line that is not a sentence ("Author: Jo Ruiz").
        byline = byline ?? name
        drop("signal:byline")
      } else if block.kind != .heading && isDateline(block) || isBareDate(block) {
        drop("signal:dateline")
      } else if block.tag != "pre" && Self.isScriptText(block.text) {
        drop("signal:script-text")
      } else if block.linkDensity > 0.5 && block.tag != "pre" {
        drop("signal:link-density")
      } else if block.kind != .heading && !Self.isSpeakable(block) {
        drop("signal:short-line")
      } else {
        blocks.append(ArticleBlock(kind: block.kind, text: block.text, lines: block.lines))
      }
    }
    dropEdges(&blocks, dropped: &dropped)
    Self.dropWriterNotes(&blocks, byline: byline, dropped: &dropped)
    Self.dropTrailingHeadings(&blocks, dropped: &dropped)
    dropped.sort { $0.line < $1.line }
    let article = Article(
      title: metadata.title, byline: byline, published: metadata.published,
      language: metadata.language, canonicalURL: metadata.canonicalURL, blocks: blocks)
    return CleaningResult(article: article, dropped: dropped)
  }

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
        if HTMLCleaner.isProse(block) && block.linkDensity < 0.25 {
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

  /// The most short lines (a byline, a date, a share bar) between a standfirst and the body
  /// that the lead can pass, and the most words each can have.
  static let leadGap = (lines: 6, words: 5)

  /// The prose just before the chosen container that belongs to the article: a lead or
  /// summary that pages set in a box of its own above the body.
  ///
  /// Readability's sibling rule, in document order rather than by parent: walks back from the
  /// article's first block over prose paragraphs (and the subheadings between them), and stops
  /// at anything else, at a top-level heading (the headline, another story's title), and
  /// before taking more text than the article holds or at a plea or disclosure (edges.yml).
  /// Past a few short lines (the byline and date under a standfirst) it takes prose only when
  /// the headline (`h1`) is right above it.
  func lead(before selected: Set<Int>, in blocks: [Block]) -> Set<Int> {
    guard let first = selected.min() else { return [] }
    let budget = selected.reduce(0) { $0 + blocks[$1].characters }
    var taken: Set<Int> = []
    // Blocks past a gap of short lines, taken only if the headline comes next.
    var tentative: Set<Int> = []
    var gap = 0
    var headings: [Int] = []
    var characters = 0
    for index in stride(from: first - 1, through: 0, by: -1) {
      let block = blocks[index]
      if block.kind == .heading {
        if block.tag == "h1" { taken.formUnion(tentative) }
        guard block.tag != "h1" && block.tag != "h2" else { break }
        headings.append(index)
        continue
      }
      let signals = LineSignals(block.text)
      let prose =
        Self.isProse(block) && block.linkDensity < 0.25
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
      } else if signals.words <= Self.leadGap.words, gap < Self.leadGap.lines, tentative.isEmpty {
        gap += 1
      } else {
        break
      }
      headings = []
    }
    return taken
  }

  /// Whether a block only says when (and perhaps by whom) the article was written: a short
  /// line with a date and no sentence ("Oct 13, 2020 @ 4:48 pm", "By Jo Ruiz / June 12, 2020",
  /// "Written: 2023-11-07 15:03 / Updated: 2023-11-07 15:30").
  private func isDateline(_ block: Block) -> Bool {
    guard block.characters <= 160, block.kind != .listItem else { return false }
    if dates.isTimestamp(block.text) { return true }
    guard PublicationDate.hasYear(block.text), let last = block.text.last,
      !".!?\"”’)".contains(last), block.text.split(separator: " ").count <= 18
    else { return false }
    return dates.parse(block.text) != nil
  }

  /// Whether a block holds a date and next to no words, whatever it ends with.
  ///
  /// Labels, times and zones only ("PUBLISHED: May 8, 2023 at 11:30 a.m. | UPDATED: …"); a
  /// heading too (a blog's date above a post). A sentence that mentions a date has lowercase
  /// words of three letters or more; such a line has at most one ("at", "pm" are shorter).
  private func isBareDate(_ block: Block) -> Bool {
    guard block.characters <= 120, block.kind != .listItem, PublicationDate.hasYear(block.text)
    else { return false }
    // Runs of ASCII letters (other letters end a run): enough for labels, months and zones.
    var lowercaseWords = 0
    var run = 0
    var lowercaseStart = false
    for byte in block.text.utf8 {
      let lower = byte >= 0x61 && byte <= 0x7A
      if lower || (byte >= 0x41 && byte <= 0x5A) {
        if run == 0 { lowercaseStart = lower }
        run += 1
        if run == 3 && lowercaseStart {
          lowercaseWords += 1
          if lowercaseWords > 1 { return false }
        }
      } else {
        run = 0
      }
    }
    return dates.parse(block.text) != nil
  }

  /// Whether a text is program code that the page shows as text, such as script from a
  /// `<script/>` tag that the parser closed at once: braces, semicolons, equals signs and
  /// backslashes, which prose hardly has, make up a twentieth of it, with braces and
  /// semicolons both present.
  static func isScriptText(_ text: String) -> Bool {
    var marks = 0
    var braces = 0
    var semicolons = 0
    var length = 0
    for byte in text.utf8 {
      // Count characters, not bytes: continuation bytes of UTF-8 do not start one.
      if byte & 0xC0 != 0x80 { length += 1 }
      switch byte {
      case UInt8(ascii: "{"), UInt8(ascii: "}"):
        marks += 1
        braces += 1
      case UInt8(ascii: ";"):
        marks += 1
        semicolons += 1
      case UInt8(ascii: "="), UInt8(ascii: "\\"): marks += 1
      default: break
      }
    }
    return braces >= 2 && semicolons >= 2 && marks * 20 > length
  }

  /// Whether a block is the article's title after a short trail of links to the sections
  /// above it: the breadcrumb "Home › News › Title".
  static func isTitleTrail(_ block: Block, title: String?) -> Bool {
    guard block.kind != .heading, let title, title.split(separator: " ").count >= 3,
      block.text.count > title.count, block.text.hasSuffix(title)
    else { return false }
    let trail = block.text.count - title.count
    return block.text.split(separator: " ").count - title.split(separator: " ").count <= 4
      && block.linkCharacters * 2 >= trail
  }

  /// The most words a block at the start and at the end can have for an edge rule to be
  /// tried on it.
  static let edgeWords = (start: 30, end: 80)

  /// Drops the blocks at the start and end of the article that an edge rule matches (a
  /// newsletter plea, a disclosure, the writer's biography), when there are enough to spare.
  ///
  /// Chrome at the end comes in runs (a plea, a disclaimer, a biography, a paywall notice):
  /// after a drop among the last blocks, the new last blocks are tried in turn.
  private func dropEdges(_ blocks: inout [ArticleBlock], dropped: inout [DroppedLine]) {
    let window = TextDumpCleaner.edgeWindow
    var firstPass = true
    while true {
      let texts = blocks.indices.filter { blocks[$0].kind != .heading }
      guard texts.count > window.start + window.end else { return }
      var gone: Set<Int> = []
      let starts = firstPass ? Set(texts.prefix(window.start)) : []
      let ends = Set(texts.suffix(window.end)).subtracting(starts)
      for index in starts.union(ends) {
        // A plea or a biography is a few sentences; a longer paragraph is the story's own, and
        // at the start, where the story's lead stands, only a line or two can be a plea.
        let limit = starts.contains(index) ? Self.edgeWords.start : Self.edgeWords.end
        guard blocks[index].text.split(separator: " ").count <= limit,
          let id = matcher.edgeRule(blocks[index].text)
        else { continue }
        gone.insert(index)
        let block = blocks[index]
        dropped.append(
          DroppedLine(line: block.lines.lowerBound, text: block.text, reason: "rule:\(id)"))
      }
      blocks = blocks.indices.filter { !gone.contains($0) }.map { blocks[$0] }
      firstPass = false
      guard !gone.isDisjoint(with: ends) else { return }
    }
  }

  /// Drops the notes about the writer that close many articles: blocks at the end that start
  /// with the writer's name ("Jo Ruiz is a reporter who…"), or short ones that name them
  /// ("More posts by Jo Ruiz").
  private static func dropWriterNotes(
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
        DroppedLine(line: last.lines.lowerBound, text: last.text, reason: "signal:writer-note"))
      blocks.removeLast()
    }
  }

  /// Drops headings with nothing after them (the end of the article): they say nothing to a
  /// listener.
  private static func dropTrailingHeadings(
    _ blocks: inout [ArticleBlock], dropped: inout [DroppedLine]
  ) {
    while let last = blocks.last, last.kind == .heading {
      dropped.append(
        DroppedLine(line: last.lines.lowerBound, text: last.text, reason: "signal:trailing-heading")
      )
      blocks.removeLast()
    }
  }

  /// The blocks whose words are nearly all in the reference text: from the first to the last
  /// such block of four words or more, leaving out blocks between that are mostly foreign.
  private static func matching(_ blocks: [Block], reference: ReferenceText) -> Set<Int> {
    let shares = blocks.map { reference.share(of: $0.text) }
    let anchors = blocks.indices.filter {
      shares[$0] >= 0.7 && ReferenceText.words(of: blocks[$0].text).count >= 4
    }
    guard let first = anchors.first, let last = anchors.last else { return [] }
    return Set((first...last).filter { shares[$0] >= 0.7 })
  }

  /// Whether a block is worth speaking: a sentence, or a list item or line of a few words.
  private static func isSpeakable(_ block: Block) -> Bool {
    let signals = LineSignals(block.text)
    if block.tag == "pre" { return true }
    if signals.endsSentence || signals.effectiveWords >= 6 { return true }
    return block.kind == .listItem && signals.effectiveWords >= 2
  }

  /// Picks the blocks of the article: those inside the best container and its strong siblings.
  private func select(
    _ blocks: [Block], containers: inout [Int: Container], clusters: inout Set<Int>
  ) -> Set<Int> {
    for block in blocks {
      let prose = Self.isProse(block) ? block.characters : 0
      let commas = Self.commas(in: block.text)
      for id in block.ancestors {
        containers[id]?.commas += commas
        containers[id]?.blocks += 1
        containers[id]?.characters += block.characters
        containers[id]?.linkCharacters += block.linkCharacters
        containers[id]?.proseCharacters += prose
      }
    }
    for block in blocks where block.kind != .heading && block.characters >= 25 {
      guard block.linkDensity < 0.5 else { continue }
      let commas = Self.commas(in: block.text)
      let contentScore = 1 + Double(commas) + min(Double(block.characters) / 100, 3)
      // The paragraph element itself is ancestors[0]; its parent earns the full score.
      for (level, id) in block.ancestors.dropFirst().prefix(5).enumerated() {
        if let container = containers[id], !container.scored {
          containers[id]?.score += initialScore(container)
          containers[id]?.scored = true
        }
        let divider = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
        containers[id]?.score += contentScore / divider
      }
    }
    var best: (id: Int, score: Double)?
    var finals: [Int: Double] = [:]
    for (id, container) in containers where container.scored {
      let density =
        container.characters == 0
        ? 0 : Double(container.linkCharacters) / Double(container.characters)
      let final = container.score * (1 - density)
      finals[id] = final
      // Ties go to the earlier element, so that the choice does not hang on hashing order.
      if let current = best, final < current.score || (final == current.score && id > current.id) {
        continue
      }
      best = (id, final)
    }
    guard var best else { return [] }
    best.id = widen(best.id, containers: containers)
    var accepted: Set<Int> = [best.id]
    let threshold = max(10, best.score * 0.2)
    if let parent = containers[best.id]?.parent {
      for (id, container) in containers where container.parent == parent && id != best.id {
        if let score = finals[id], score >= threshold { accepted.insert(id) }
      }
    }
    var selected: Set<Int> = []
    let parent = containers[best.id]?.parent
    for (index, block) in blocks.enumerated() {
      if let top = block.ancestors.firstIndex(where: { accepted.contains($0) }) {
        // A box of links inside the article (related stories, tags, a share bar) goes whole,
        // including the summaries between its links (Readability's conditional cleaning).
        let inner = block.ancestors[..<top].dropFirst()
        if inner.contains(where: { Self.isLinkCluster(containers[$0]) }) {
          clusters.insert(index)
        } else {
          selected.insert(index)
        }
      } else if let parent, block.ancestors.dropFirst().first == parent,
        block.kind == .paragraph, block.linkDensity < 0.25,
        block.characters > 80 || (LineSignals(block.text).endsSentence && block.linkCharacters == 0)
      {
        // A paragraph beside the best container (Readability's sibling rule).
        selected.insert(index)
      }
    }
    return selected
  }

  /// The share of link text above which an element inside the article is a box of links.
  static let linkClusterDensity = 0.4

  /// The number of commas in a text (in Latin, Chinese and Japanese punctuation).
  private static func commas(in text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ("，,、".unicodeScalars.contains($1) ? 1 : 0) }
  }

  /// Whether an element inside the article is mostly links (and not prose full of commas,
  /// such as a wiki page that links every other word).
  ///
  /// A box holds several blocks; a wrapper around one paragraph is that paragraph, which the
  /// block's own link density judges.
  private static func isLinkCluster(_ container: Container?) -> Bool {
    guard let container, container.blocks >= 2, container.characters >= 40, container.commas < 10
    else { return false }
    return Double(container.linkCharacters) > Double(container.characters) * linkClusterDensity
  }

  /// Whether a block reads as article prose: a sentence of some length with few links.
  static func isProse(_ block: Block) -> Bool {
    guard block.kind != .heading, block.characters >= 60, block.linkDensity < 0.3 else {
      return false
    }
    let signals = LineSignals(block.text)
    return signals.endsSentence || signals.effectiveWords >= 15
  }

  /// Climbs from the best container to the largest ancestor that adds mostly prose.
  ///
  /// Pages often split one article over several sibling wrappers (a column per few paragraphs,
  /// a box between ads); the scorer picks one of them. An ancestor is taken while what it adds
  /// beyond the current choice is at least two-thirds prose, or next to nothing.
  private func widen(_ start: Int, containers: [Int: Container]) -> Int {
    guard var chosen = containers[start] else { return start }
    var chosenID = start
    var current = chosen
    while let parentID = current.parent, let parent = containers[parentID] {
      let extra = parent.characters - chosen.characters
      let extraProse = parent.proseCharacters - chosen.proseCharacters
      let other = extra - extraProse
      if extra <= 0 || other * 2 <= extraProse || (other <= 40 && extraProse == 0) {
        chosen = parent
        chosenID = parentID
      } else {
        break
      }
      current = parent
    }
    return chosenID
  }

  private func initialScore(_ container: Container?) -> Double {
    guard let container else { return 0 }
    var score: Double
    switch container.tag {
    case "div", "article": score = 5
    case "pre", "td", "blockquote": score = 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
    default: score = 0
    }
    let names = container.names
    if !names.isEmpty {
      let range = NSRange(names.startIndex..., in: names)
      for rule in weights where rule.pattern.firstMatch(in: names, range: range) != nil {
        score += rule.weight
      }
    }
    return score
  }

  static func firstElement(named name: String, in root: HTMLNode) -> HTMLNode? {
    var stack = [root]
    while let node = stack.popLast() {
      if node.name == name { return node }
      stack.append(contentsOf: node.children.reversed().filter { !$0.isText })
    }
    return nil
  }

  /// Walks the page once, dropping chrome elements and cutting the rest into blocks.
  struct Walker {
    let matcher: RuleMatcher
    var blocks: [Block] = []
    var dropped: [DroppedLine] = []
    var containers: [Int: Container] = [:]
    var pending: Block?
    private var pendingText = ""

    let pruning: Pruning

    init(matcher: RuleMatcher, pruning: Pruning) {
      self.matcher = matcher
      self.pruning = pruning
    }

    /// Where in the page the walker is.
    struct Context {
      var ancestors: [Int]
      var parent: Int?
      var kind: ArticleBlock.Kind = .paragraph
      var tag = "div"
      var inLink = false
      var inBold = false
      /// How many `article` elements enclose this point: the outermost one's own `header`
      /// holds its standfirst; a nested one is a teaser or a gallery.
      var articleDepth = 0
    }

    mutating func walk(_ node: HTMLNode, context: Context) {
      // Whether a `<br>` came last, with nothing but spaces since.
      var afterBreak = false
      for child in node.children {
        if child.isText {
          if afterBreak && child.text.allSatisfy({ $0.isWhitespace }) { continue }
          afterBreak = false
          append(child, context: context)
          continue
        }
        defer { afterBreak = child.name == "br" }
        if let reason = dropReason(
          child, ownHeader: node.name == "article" && context.articleDepth == 1)
        {
          if Self.blockTags.contains(child.name) { flush() }
          recordDrop(child, reason: reason)
          continue
        }
        switch child.name {
        case "br":
          // Two breaks in a row end a paragraph, on pages that write them instead of `<p>`
          // (as Readability reads them); one is a line break inside it.
          if afterBreak {
            flush()
          } else {
            pendingText += " "
          }
          continue
        case "hr", "img":
          continue
        default: break
        }
        guard Self.blockTags.contains(child.name) else {
          var inner = context
          if child.name == "a" { inner.inLink = true }
          if child.name == "strong" || child.name == "b" { inner.inBold = true }
          walk(child, context: inner)
          continue
        }
        flush()
        var inner = context
        inner.ancestors.insert(child.id, at: 0)
        inner.tag = child.name
        if child.name == "article" { inner.articleDepth += 1 }
        let names = [
          child.attributes["class"], child.attributes["id"], child.attributes["itemprop"],
        ]
        .compactMap { $0 }.joined(separator: " ")
        containers[child.id] = Container(
          tag: child.name, names: names, parent: context.ancestors.first)
        switch child.name {
        case "h1", "h2", "h3", "h4", "h5", "h6": inner.kind = .heading
        case "li", "dd", "dt": inner.kind = context.kind == .quote ? .quote : .listItem
        case "blockquote": inner.kind = .quote
        // A paragraph inside a heading (an unclosed <h2> swallowing the article) is a paragraph.
        case "p" where context.kind == .heading: inner.kind = .paragraph
        default: break
        }
        walk(child, context: inner)
        flush()
      }
    }

    private static var blockTags: Set<String> { HTMLCleaner.blockTags }

    /// Why an element goes before scoring, or nil when it is walked.
    ///
    /// - Parameter ownHeader: whether a `header` here would be the outermost `article`'s own
    ///   (its child), which holds the headline, standfirst and byline that the title, byline
    ///   and dateline signals sort; the page's header, and a teaser's, are chrome.
    private func dropReason(_ node: HTMLNode, ownHeader: Bool) -> String? {
      let articleHeader = node.name == "header" && ownHeader
      if HTMLCleaner.textlessTags.contains(node.name)
        || (pruning != .textless && HTMLCleaner.droppedTags.contains(node.name) && !articleHeader)
      {
        return "element:\(node.name)"
      }
      let attributes = node.attributes
      if attributes["hidden"] != nil || attributes["aria-hidden"]?.lowercased() == "true" {
        return "signal:hidden"
      }
      if let style = attributes["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
        style.contains("display:none") || style.contains("visibility:hidden")
      {
        return "signal:hidden"
      }
      if pruning != .textless, let role = attributes["role"]?.lowercased(),
        [
          "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
          "dialog", "alert", "toolbar",
        ].contains(role)
      {
        return "signal:role-\(role)"
      }
      guard pruning == .chrome, !["body", "main", "article", "html"].contains(node.name) else {
        return nil
      }
      let names = [attributes["class"], attributes["id"]].compactMap { $0 }.joined(separator: " ")
      return matcher.elementRule(names).map { "rule:\($0)" }
    }

    private mutating func append(_ node: HTMLNode, context: Context) {
      let text = node.text
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty {
        if !text.isEmpty { pendingText += " " }
        return
      }
      let newlines = trimmed.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      let leading = text.utf8.prefix { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        .reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      let first = max(1, node.line + leading)
      let last = first + newlines
      let count = trimmed.unicodeScalars.count
      if var block = pending {
        block.lines = min(block.lines.lowerBound, first)...max(block.lines.upperBound, last)
        block.linkCharacters += context.inLink ? count : 0
        block.plainCharacters += context.inBold ? 0 : count
        pending = block
      } else {
        pending = Block(
          kind: context.kind, tag: context.tag, text: "", lines: first...last, characters: 0,
          linkCharacters: context.inLink ? count : 0, plainCharacters: context.inBold ? 0 : count,
          ancestors: context.ancestors)
      }
      pendingText += text
    }

    mutating func flush() {
      defer {
        pending = nil
        pendingText = ""
      }
      guard var block = pending else { return }
      let text = TextLines.tidy(pendingText)
      guard !text.isEmpty else { return }
      block.text = text
      block.characters = text.unicodeScalars.count
      // Pages put whole paragraphs in heading tags for their looks; a heading is short.
      let signals = LineSignals(text)
      if block.kind == .heading && signals.effectiveWords > 24 { block.kind = .paragraph }
      // A short paragraph all in bold, not a sentence and not a link, is a subheading.
      if block.kind == .paragraph && block.plainCharacters == 0 && block.linkCharacters == 0
        && signals.effectiveWords <= 12 && !signals.endsSentence
      {
        block.kind = .heading
      }
      block.linkCharacters = min(block.linkCharacters, block.characters)
      // A drop cap: the first letter set apart ("<span>T</span><p>urkey and …") joins its word.
      if let last = blocks.last, last.characters == 1, last.text.first?.isUppercase == true,
        text.first?.isLowercase == true
      {
        block.text = last.text + text
        block.characters += 1
        block.plainCharacters += last.plainCharacters
        block.lines = min(last.lines.lowerBound, block.lines.lowerBound)...block.lines.upperBound
        blocks.removeLast()
      }
      blocks.append(block)
    }

    private mutating func recordDrop(_ node: HTMLNode, reason: String) {
      var byLine: [(line: Int, text: String)] = []
      var stack = [node]
      while let current = stack.popLast() {
        if current.isText {
          let text = TextLines.tidy(current.text)
          if !text.isEmpty { byLine.append((max(1, current.line), text)) }
        } else {
          stack.append(contentsOf: current.children.reversed())
        }
      }
      var merged: [(line: Int, text: String)] = []
      for entry in byLine {
        if let last = merged.last, last.line == entry.line {
          merged[merged.count - 1].text += " " + entry.text
        } else {
          merged.append(entry)
        }
      }
      for entry in merged {
        dropped.append(DroppedLine(line: entry.line, text: entry.text, reason: reason))
      }
    }
  }
}
