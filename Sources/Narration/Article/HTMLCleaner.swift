import Foundation

/// Finds the article in a web page by its structure, as Mozilla's Readability does.
///
/// ``clean(_:name:)`` runs these steps in order; each lives in the file named after it:
/// 1. Walk the page (`HTMLCleaner+Walker`): elements that are never article text (`script`,
///    `style`, `iframe`, `nav`, `aside`, `footer`, the page's `header`, `figcaption`, forms,
///    hidden elements, and elements whose class or id an element rule names) are dropped, and
///    the rest is cut into blocks (paragraphs, headings, list items, quotes; two `<br>` in a row
///    end one).
/// 2. Choose the container (`HTMLCleaner+Container`): each paragraph scores its parent and
///    grandparent by its length and commas; scores shrink with the share of link text. The
///    best-scoring container, widened to the ancestor that adds mostly prose, and its strong
///    siblings are the article; boxes of links inside it go. What follows the label of another
///    page part ("Comments"), lists of teasers below a story, and other stories (`article`
///    elements) that the page loads below the title's own neither score nor widen it
///    (`HTMLCleaner+Parts`).
/// 3. Recover the lead (`HTMLCleaner+Lead`): the lead or standfirst just above the container.
/// 4. Sort the blocks one by one (``extract(_:metadata:pruning:reference:)``): a section label
///    (sections.yml) cuts the article short (`HTMLCleaner+Edges`), and line rules, small boxes
///    that hold a picture and its caption or a sign-up form, the title, the byline, datelines,
///    script text, link density, links to other pages of the story and short lines drop what
///    is left of the page around the story (`HTMLCleaner+Signals`).
/// 5. Trim the edges (`HTMLCleaner+Edges`): pleas and disclosures at the start and end, notes
///    about the writer, and headings with nothing after them.
/// 6. Retry when too little is found: prune less, as Readability does.
/// 7. Check against the JSON-LD `articleBody`, when the page states one
///    (`HTMLCleaner+Reference`).
/// 8. When little or nothing is found, read the article that a page built by script keeps in
///    its data (`HTMLCleaner+Script`, ``ScriptArticle``).
struct HTMLCleaner: Sendable {
  let matcher: RuleMatcher
  let dates: PublicationDate
  /// The `weight` rules: class and id patterns and what they add to a container's score.
  let weights: [(pattern: LazyRegularExpression, weight: Double)]

  init(matcher: RuleMatcher, dates: PublicationDate, rules: CleaningRules) {
    self.matcher = matcher
    self.dates = dates
    // Compiled on the first page of HTML, so that cleaning text dumps never pays for them.
    self.weights = rules.rules.filter { $0.scope == .weight }.compactMap { rule in
      guard let pattern = rule.pattern, let weight = rule.weight else { return nil }
      return (LazyRegularExpression(pattern: pattern, options: [.caseInsensitive]), Double(weight))
    }
  }

  /// The fewest characters of article text that count as finding the article; with less, the
  /// cleaner tries again without element rules (Readability's retry).
  static let minimumArticleLength = 500

  /// Extracts the article, its metadata and the lines that are not the article from a page.
  func clean(_ text: String, name: String) throws(NarrationError) -> CleaningResult {
    let document = try MarkupDocument.parse(text, name: name)
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
    if result.article.bodyText.count < Self.scriptFallbackLength {
      result = withScriptArticle(result, document: document, metadata: metadata)
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

  /// Extracts the article from a parsed page, after pruning it as `pruning` says.
  ///
  /// With a reference text, the blocks that match it are the article, instead of the
  /// best-scoring container.
  func extract(
    _ document: MarkupDocument, metadata: HTMLMetadata, pruning: Pruning,
    reference: ReferenceText? = nil
  ) -> CleaningResult {
    var walker = Walker(matcher: matcher, pruning: pruning)
    let body = Self.firstElement(named: "body", in: document.root) ?? document.root
    walker.containers[body.id] = Container(tag: body.name, names: "", parent: nil)
    walker.walk(body, context: Walker.Context(ancestors: [body.id]))
    walker.flush()
    var dropped = walker.dropped
    var clusters: Set<Int> = []
    var selected: Set<Int>
    if let reference {
      selected = Self.matching(walker.blocks, reference: reference)
    } else {
      selected = select(
        walker.blocks, containers: &walker.containers, clusters: &clusters,
        title: metadata.title)
      let anyStory = walker.containers[body.id].map { $0.stories > 0 } ?? false
      let stories = walker.blocks.map { block in
        !anyStory
          ? nil
          : block.ancestors.first { (walker.containers[$0]?.stories ?? 0) > 0 }
            .flatMap { walker.containers[$0]?.isStory == true ? $0 : nil }
      }
      selected.formUnion(lead(before: selected, in: walker.blocks, stories: stories))
    }

    var blocks: [ArticleBlock] = []
    var byline = metadata.byline
    var sections = SectionCut(blocks: walker.blocks, selected: selected)
    let captions = captionBoxes(walker.blocks, containers: walker.containers, selected: selected)
    let forms = fieldBoxes(walker.blocks, containers: walker.containers, selected: selected)
    let controls = buttonBoxes(walker.blocks, containers: walker.containers, selected: selected)
    // Between the story's first and last prose paragraphs, short lines are its own.
    let prose = selected.filter { Self.isProse(walker.blocks[$0]) }
    let (firstProse, lastProse) = (prose.min() ?? 0, prose.max() ?? 0)
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
      // A box goes whole before its lines are read: a sign-up box's "Newsletter" heading is
      // the box's label, not one that ends the article.
      let box =
        captions.contains(index)
        ? "signal:caption-box"
        : forms.contains(index)
          ? "signal:form-box" : controls.contains(index) ? "signal:button-box" : nil
      if let box {
        drop(rules.line.map { "rule:\($0)" } ?? box)
      } else if let reason = sections.reason(index, section: rules.section, matcher: matcher) {
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
      } else if let name = Byline.name(in: block.text),
        blocks.isEmpty || blocks.count == 1 && blocks[0].kind == .heading
          || !LineSignals(block.text).endsSentence
      {
        // At the top, or anywhere as a line that is not a sentence ("Author: Jo Ruiz").
        byline = byline ?? name
        drop("signal:byline")
      } else if block.kind != .heading && isDateline(block) || isBareDate(block)
        || Self.isPostTime(block) || Self.isTimeLine(block)
      {
        // A label on a line of its own ("Release date:") goes with its date.
        if let label = blocks.last, Self.isLabel(label.text) {
          blocks.removeLast()
          dropped.append(DroppedLine(label, reason: "signal:dateline"))
        }
        drop("signal:dateline")
      } else if block.tag != "pre" && Self.isScriptText(block.text) {
        drop("signal:script-text")
      } else if block.linkDensity > 0.5 && block.tag != "pre" {
        drop("signal:link-density")
      } else if Self.isPager(block) {
        drop("signal:pager")
      } else if block.kind != .heading
        && !Self.isSpeakable(block, inStory: firstProse < index && index < lastProse)
      {
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

  /// The first element of a name below a node, in document order.
  static func firstElement(named name: String, in root: MarkupNode) -> MarkupNode? {
    var stack = [root]
    while let node = stack.popLast() {
      if node.name == name { return node }
      stack.append(contentsOf: node.children.reversed().filter { !$0.isText })
    }
    return nil
  }

  /// What the walker drops before scoring.
  enum Pruning {
    /// Chrome by tag (`nav`, `footer`, …), by ARIA role, and by element rule.
    case chrome
    /// Chrome by tag and role only (Readability's retry when element rules hid the article).
    case chromeTags
    /// Only elements without readable text: a stray `<form>` or unclosed `<header>` can wrap a
    /// whole page, script-built pages keep their text in `<noscript>`, and pages saved with a
    /// dialog open hide the rest of the page with `aria-hidden`.
    case textless
  }

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
    /// Characters of links to places on the same page (a subheading's own anchor).
    var anchorCharacters = 0
    /// Whether some of the text is in an element that marks a date or time (a `time`).
    var timed = false

    /// The share of the block's characters that are link text.
    var linkDensity: Double {
      characters == 0 ? 0 : Double(linkCharacters) / Double(characters)
    }
  }

  /// What the walker knows about an element that encloses blocks.
  struct Container {
    var tag: String
    var names: String
    var parent: Int?
    /// The element's `class` attribute: elements of one kind in a run share it.
    var classes = ""
    /// Whether this is an outermost `article` element: a story of its own.
    var isStory = false
    /// Whether a picture or video is right inside, or inside a block element right inside.
    var media = false
    /// Whether this is a `figure` with a picture or video anywhere inside.
    var pictured = false
    /// Whether a form or a form field is right inside (not inside a block element within).
    var fields = false
    /// The buttons inside, down to ``HTMLCleaner/captionBoxLevels`` block elements below.
    var buttons = 0
    /// The stories inside (outermost `article` elements with prose, itself included).
    var stories = 0
    /// The labels of page parts that end an article inside (see ``HTMLCleaner/endingLabels``).
    var labels = 0
    var characters = 0
    var linkCharacters = 0
    /// Characters of prose paragraphs inside (see ``isProse(_:)``).
    var proseCharacters = 0
    /// Commas in the text inside.
    var commas = 0
    /// The blocks inside.
    var blocks = 0
    /// The indices of the first and last blocks inside (blocks are in document order, so those
    /// between are inside too).
    var firstBlock = Int.max
    var lastBlock = -1
    var score = 0.0
    var scored = false

    /// The share of the characters inside that are link text.
    var linkDensity: Double {
      characters == 0 ? 0 : Double(linkCharacters) / Double(characters)
    }

    /// Counts a block inside, given its index, commas, prose characters and labels.
    mutating func add(_ block: Block, at index: Int, commas: Int, prose: Int, labels: Int) {
      self.commas += commas
      blocks += 1
      characters += block.characters
      linkCharacters += block.linkCharacters
      proseCharacters += prose
      self.labels += labels
      firstBlock = min(firstBlock, index)
      lastBlock = index
    }
  }
}
