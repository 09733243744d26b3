/// The walk through the page that drops chrome elements and cuts the rest into blocks.
extension HTMLCleaner {
  /// Tags whose content is never article text.
  static let droppedTags: Set<String> = [
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "canvas", "svg", "math", "audio", "video", "picture", "map", "nav", "aside", "footer",
    "header", "figcaption", "form", "button", "select", "option", "textarea", "input", "label",
    "dialog", "menu", "title", "meta", "link", "base",
    // AMP pages' own elements for a menu and for cookie and sign-up notices.
    "amp-sidebar", "amp-consent", "amp-user-notification", "amp-web-push-widget",
  ]
  /// Tags that hold no readable text at all; even the relaxed retry drops them.
  static let textlessTags: Set<String> = [
    "script", "style", "template", "iframe", "frame", "frameset", "object", "embed", "canvas",
    "svg", "math", "audio", "video", "picture", "map", "button", "select", "option", "textarea",
    "input", "label", "title", "meta", "link", "base",
    // AMP pages' ads, embeds and players: what they hold is a fallback ("no ad for you").
    "amp-ad", "amp-embed", "amp-sticky-ad", "amp-analytics", "amp-pixel", "amp-iframe",
    "amp-video", "amp-audio", "amp-youtube", "amp-social-share", "amp-img",
  ]
  /// Tags of pictures and videos, whose boxes hold captions
  /// (``captionBoxes(_:containers:selected:)``).
  static let mediaTags: Set<String> = ["img", "picture", "video", "amp-img", "amp-video"]
  /// Whether an element is a form or a field to type in (an address, a search), whose box is a
  /// sign-up or search box (``fieldBoxes(_:containers:selected:)``); a tick box is not one:
  /// recipes and checklists set one before each item.
  static func isTextField(_ node: MarkupNode) -> Bool {
    switch node.name {
    case "form", "textarea": return true
    case "input":
      let type = node.attributes["type"]?.lowercased() ?? "text"
      return ["text", "email", "search", "tel"].contains(type)
    default: return false
    }
  }
  /// Whether an element is a button: a `button`, an `input` of a button's type, or an element
  /// that ARIA marks as one (a link set up as a "Share" button).
  static func isButton(_ node: MarkupNode) -> Bool {
    switch node.name {
    case "button": return true
    case "input":
      return ["button", "submit", "reset"].contains(node.attributes["type"]?.lowercased() ?? "")
    default: return node.attributes["role"]?.lowercased() == "button"
    }
  }
  /// Tags that start a new block of text.
  static let blockTags: Set<String> = [
    "p", "div", "section", "article", "main", "body", "html", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
    "tr", "td", "th", "caption", "figure", "address", "center", "hr", "details", "summary",
    "fieldset", "hgroup",
  ]

  /// Walks the page once, dropping chrome elements and cutting the rest into blocks.
  struct Walker {
    let matcher: RuleMatcher
    var blocks: [Block] = []
    var dropped: [DroppedLine] = []
    var containers: [Int: Container] = [:]
    var pending: Block?
    private var pendingText = ""
    /// Whether an inline element opened or closed since the last text: the place where a
    /// browser may set a visual gap (``InlineGap``).
    private var elementEdge = false

    let pruning: Pruning

    init(matcher: RuleMatcher, pruning: Pruning) {
      self.matcher = matcher
      self.pruning = pruning
    }

    /// Where in the page the walker is.
    struct Context {
      var ancestors: [Int]
      var kind: ArticleBlock.Kind = .paragraph
      var tag = "div"
      var inLink = false
      /// Whether the link leads to a place on the same page (`href="#…"`).
      var inAnchor = false
      var inBold = false
      /// Whether the point is inside code (`code`, `kbd`, `samp`), whose pieces join as written.
      var inCode = false
      /// Whether the point is inside an element that marks a date or time (``isTimeMark(_:)``).
      var inTime = false
      /// How many `article` elements enclose this point: the outermost one's own `header`
      /// holds its standfirst; a nested one is a teaser or a gallery.
      var articleDepth = 0
    }

    /// Walks the children of a node, adding their blocks and dropped lines.
    mutating func walk(_ node: MarkupNode, context: Context) {
      // Whether a `<br>` came last, with nothing but spaces since.
      var afterBreak = false
      let shown = Self.shownKinds(of: node)
      for child in node.children {
        if child.isText {
          if afterBreak && child.text.allSatisfy({ $0.isWhitespace }) { continue }
          afterBreak = false
          append(child, context: context)
          continue
        }
        defer { afterBreak = child.name == "br" }
        if HTMLCleaner.isButton(child) {
          for id in context.ancestors.prefix(HTMLCleaner.captionBoxLevels) {
            containers[id]?.buttons += 1
          }
        }
        if let reason = dropReason(
          child, ownHeader: node.name == "article" && context.articleDepth == 1,
          hiddenTurn: Self.isHiddenTurn(child, shown: shown))
        {
          if HTMLCleaner.blockTags.contains(child.name) { flush() }
          if HTMLCleaner.mediaTags.contains(child.name) { markMedia(context) }
          if HTMLCleaner.isTextField(child), let id = context.ancestors.first {
            containers[id]?.fields = true
          }
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
        case "img":
          markMedia(context)
          continue
        case "hr":
          continue
        default: break
        }
        guard HTMLCleaner.blockTags.contains(child.name) else {
          var inner = context
          if child.name == "a" {
            inner.inLink = true
            inner.inAnchor = child.attributes["href"]?.hasPrefix("#") == true
          }
          if child.name == "strong" || child.name == "b" { inner.inBold = true }
          if InlineGap.verbatimTags.contains(child.name) { inner.inCode = true }
          if Self.isTimeMark(child) { inner.inTime = true }
          // Sub- and superscripts join the text they follow ("CO2", "5th").
          let edge = !context.inCode && !InlineGap.joiningTags.contains(child.name)
          if edge { elementEdge = true }
          walk(child, context: inner)
          if edge { elementEdge = true }
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
          tag: child.name, names: names, parent: context.ancestors.first,
          classes: child.attributes["class"] ?? "",
          isStory: child.name == "article" && context.articleDepth == 0)
        if let level = Self.headingLevel(child) {
          // An element that ARIA marks as a heading is one, of the level it states.
          inner.kind = .heading
          inner.tag = "h\(level)"
        }
        switch child.name {
        case "h1", "h2", "h3", "h4", "h5", "h6": inner.kind = .heading
        case "li", "dd", "dt": inner.kind = context.kind == .quote ? .quote : .listItem
        case "blockquote": inner.kind = .quote
        // A paragraph inside a heading (an unclosed <h2> swallowing the article) is a paragraph.
        case "p" where context.kind == .heading: inner.kind = .paragraph
        // A story in a list (the posts of a live page, each in a list item) is prose again.
        case "article": inner.kind = .paragraph
        default: break
        }
        walk(child, context: inner)
        flush()
      }
    }

    /// Notes that the two nearest block elements around this point show a picture or a video
    /// (the picture's own wrapper and the box that sets it beside its caption), and so do the
    /// figures around it.
    private mutating func markMedia(_ context: Context) {
      for id in context.ancestors.prefix(2) { containers[id]?.media = true }
      for id in context.ancestors where containers[id]?.tag == "figure" {
        containers[id]?.pictured = true
      }
    }

    /// Whether an inline element marks a date or a time: a `time` element, or one whose
    /// `itemprop` names the article's dates (`datePublished`, `dateModified`, `dateCreated`).
    static func isTimeMark(_ node: MarkupNode) -> Bool {
      if node.name == "time" { return true }
      guard let property = node.attributes["itemprop"]?.lowercased() else { return false }
      return ["datepublished", "datemodified", "datecreated"].contains(property)
    }

    /// The level of a block element that ARIA marks as a heading (`role="heading"`), from its
    /// `aria-level` (2 when it states none, as ARIA says); nil for other elements.
    static func headingLevel(_ node: MarkupNode) -> Int? {
      guard node.attributes["role"]?.lowercased() == "heading" else { return nil }
      let level = node.attributes["aria-level"].flatMap { Int($0) } ?? 2
      return min(max(level, 1), 6)
    }

    /// Why an element goes before scoring, or nil when it is walked.
    ///
    /// - Parameter ownHeader: whether a `header` here would be the outermost `article`'s own
    ///   (its child), which holds the headline, standfirst and byline that the title, byline
    ///   and dateline signals sort. A `header` that holds the headline (`h1`) is the story's
    ///   too, on pages without an `article` element; the page's header, and a teaser's, are
    ///   chrome.
    /// - Parameter hiddenTurn: whether the element is hidden as one of a run of like elements
    ///   that a script shows in turn (``isHiddenTurn(_:shown:)``); it is read.
    private func dropReason(_ node: MarkupNode, ownHeader: Bool, hiddenTurn: Bool) -> String? {
      let articleHeader =
        node.name == "header"
        && (ownHeader || HTMLCleaner.firstElement(named: "h1", in: node) != nil)
      if HTMLCleaner.textlessTags.contains(node.name)
        || (pruning != .textless && HTMLCleaner.droppedTags.contains(node.name) && !articleHeader)
      {
        return "element:\(node.name)"
      }
      if node.name == "blockquote", let rule = embedRule(node) { return "rule:\(rule)" }
      let attributes = node.attributes
      // The last retry reads what only ARIA hides, except a closed dialog: pages saved with a
      // dialog open hide the whole page behind it from screen readers (`aria-hidden` on the
      // wrapper).
      let dialog = ["dialog", "alertdialog"].contains(attributes["role"]?.lowercased() ?? "")
      if !hiddenTurn && Self.isHidden(attributes, byARIA: pruning != .textless || dialog) {
        return "signal:hidden"
      }
      if pruning != .textless, attributes["itemprop"]?.lowercased() == "author",
        !["body", "main", "article", "html"].contains(node.name),
        LineSignals(TextLines.tidy(node.textContent)).words > Self.authorCardWords
      {
        // More than a name: the writer's card (photo, biography, other posts).
        return "signal:author-card"
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

    /// The embed rule that an address a quote cites or links to matches (its `cite`, the
    /// `href` of a link inside, a `data-` attribute holding an address), if any: the quote is
    /// a post embedded from a social network.
    private func embedRule(_ quote: MarkupNode) -> String? {
      var stack = [quote]
      while let node = stack.popLast() {
        for (key, value) in node.attributes
        where key == "cite" || key == "href" || key.hasPrefix("data-") && value.contains("/") {
          if let rule = matcher.embedRule(value) { return rule }
        }
        stack.append(contentsOf: node.children.filter { !$0.isText })
      }
      return nil
    }

    /// The most words an element marked as the author (`itemprop="author"`) can hold and still
    /// be a byline rather than the writer's card.
    static let authorCardWords = 8

    /// Whether an element's attributes hide it: `hidden`, `aria-hidden` (when `byARIA`), or a
    /// style that does not display it.
    private static func isHidden(_ attributes: [String: String], byARIA: Bool) -> Bool {
      if attributes["hidden"] != nil || byARIA && attributes["aria-hidden"]?.lowercased() == "true"
      {
        return true
      }
      guard let style = attributes["style"]?.lowercased().replacingOccurrences(of: " ", with: "")
      else { return false }
      return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// The kinds (tag and class) of a node's children that the page shows, for
    /// ``isHiddenTurn(_:shown:)``; empty when no child is hidden.
    static func shownKinds(of node: MarkupNode) -> Set<String> {
      guard node.children.count >= 2,
        node.children.contains(where: {
          $0.attributes["style"] != nil || $0.attributes["hidden"] != nil
        })
      else { return [] }
      var kinds: Set<String> = []
      for child in node.children where !child.isText && !isHiddenByStyle(child) {
        kinds.insert(kind(of: child))
      }
      return kinds
    }

    /// Whether a hidden element is one of a run of like elements of which the page shows one:
    /// a page of a gallery or the rest of a story, that a script reveals in turn.
    ///
    /// Like means of the same tag and classes, leaving out classes named for hiding ("is-hidden")
    /// or, where a shown one has classes, one class more: the class that hides it, under a
    /// name that says nothing (pages built with CSS modules hash every class name).
    static func isHiddenTurn(_ node: MarkupNode, shown: Set<String>) -> Bool {
      guard !shown.isEmpty, isHiddenByStyle(node) else { return false }
      let classes = shownClasses(of: node)
      if shown.contains(kind(node.name, classes)) { return true }
      guard classes.count >= 2 else { return false }
      return classes.indices.contains { index in
        var fewer = classes
        fewer.remove(at: index)
        return shown.contains(kind(node.name, fewer))
      }
    }

    /// Whether an element is hidden the way scripts hide what they show later: by the `hidden`
    /// attribute or `display: none` (not `aria-hidden`, which marks what is never read).
    private static func isHiddenByStyle(_ node: MarkupNode) -> Bool {
      if node.attributes["hidden"] != nil { return true }
      guard
        let style = node.attributes["style"]?.lowercased().replacingOccurrences(of: " ", with: "")
      else { return false }
      return style.contains("display:none")
    }

    /// An element's tag and classes, leaving out the classes that hide it ("is-hidden").
    private static func kind(of node: MarkupNode) -> String {
      kind(node.name, shownClasses(of: node))
    }

    /// A kind from a tag and classes.
    private static func kind(_ name: String, _ classes: [Substring]) -> String {
      name + " " + classes.joined(separator: " ")
    }

    /// An element's classes, leaving out the classes that hide it ("is-hidden").
    private static func shownClasses(of node: MarkupNode) -> [Substring] {
      (node.attributes["class"] ?? "").split(separator: " ")
        .filter { !$0.lowercased().contains("hid") && !$0.lowercased().contains("none") }
    }

    /// Adds a text node to the block being built.
    private mutating func append(_ node: MarkupNode, context: Context) {
      let text = node.text
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty {
        if !text.isEmpty { pendingText += " " }
        return
      }
      if elementEdge, context.tag != "pre", let last = pendingText.last, let first = text.first,
        InlineGap.isGap(last, first)
      {
        pendingText += " "
      }
      elementEdge = false
      let newlines = trimmed.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      let leading = text.utf8.prefix { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        .reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      let first = max(1, node.line + leading)
      let last = first + newlines
      let count = trimmed.unicodeScalars.count
      if var block = pending {
        block.lines = min(block.lines.lowerBound, first)...max(block.lines.upperBound, last)
        block.linkCharacters += context.inLink ? count : 0
        block.anchorCharacters += context.inAnchor ? count : 0
        block.plainCharacters += context.inBold ? 0 : count
        block.timed = block.timed || context.inTime
        pending = block
      } else {
        pending = Block(
          kind: context.kind, tag: context.tag, text: "", lines: first...last, characters: 0,
          linkCharacters: context.inLink ? count : 0, plainCharacters: context.inBold ? 0 : count,
          ancestors: context.ancestors, anchorCharacters: context.inAnchor ? count : 0,
          timed: context.inTime)
      }
      pendingText += text
    }

    /// Ends the block being built and adds it, unless it holds no text.
    mutating func flush() {
      defer {
        pending = nil
        pendingText = ""
        elementEdge = false
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

    /// Lists the text of a dropped element, one line of the page at a time.
    private mutating func recordDrop(_ node: MarkupNode, reason: String) {
      var byLine: [(line: Int, text: String)] = []
      var stack = [node]
      while let current = stack.popLast() {
        if current.isText {
          let text = TextLines.tidy(current.text)
          if !text.isEmpty { byLine.append((max(1, current.line), text)) }
        } else if current.name != "script" {
          // A script's data is no line of the page.
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
