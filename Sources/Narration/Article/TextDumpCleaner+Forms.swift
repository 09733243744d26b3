/// The sign-up boxes that pages set between a story's paragraphs, found by their forms.
extension TextDumpCleaner {
  /// The most lines between a form and the heading of its box (a blurb, a privacy notice).
  static let formBoxLines = 3
  /// The most words of a sign-up box's heading.
  static let formHeadingWords = 8
  /// The least words of a form's own heading ("The Harbor Times Newsletter"); a shorter line on
  /// top of a form is its button ("Sign up", "Subscribe now").
  static let formLabelWords = 3

  /// Drops the heading and blurb of a sign-up box above its form: the lines from the nearest
  /// heading-like line (a few words, a capital first, no closing punctuation) at most
  /// ``formBoxLines`` lines above the form's lines (a field, a button, a legal line that a
  /// ``CleaningRules/Rule/marksForm`` rule matches) down to them.
  ///
  /// A box's heading and blurb ("Be the first to know" / "Get local news in your inbox!") read
  /// as a subheading and a short paragraph; the form below them tells them apart. A line of more
  /// than ``boxedLineWords`` words above the form is the story's (and ends the search), unless
  /// an edge rule matches it (a privacy notice, a plea), and so is any line but text (a byline,
  /// a date) and a line that ends with a colon (it introduces what the form interrupts). A form
  /// that opens with a heading of its own ("The Daily Harbor Newsletter") is its own box's top.
  /// A form of one line without a field (a "Subscribe now" button that a post sets between
  /// paragraphs) makes a box only of lines that plead as an edge rule says.
  func dropFormBoxes(
    _ lines: [String], _ signals: [LineSignals], _ classes: inout [LineClass],
    _ inBody: inout [Bool]
  ) {
    func isChrome(_ index: Int) -> Bool {
      if classes[index] == .boxed { return true }
      guard case .rule = classes[index] else { return false }
      return true
    }
    func isForm(_ index: Int) -> Bool {
      guard case .rule(let id) = classes[index] else { return false }
      return matcher.formMarkers.contains(id)
    }
    // A text field, as lynx ("____") and w3m ("[    ]") dump it.
    func isField(_ index: Int) -> Bool { lines[index].first == "_" || lines[index].first == "[" }
    func isBoxHeading(_ index: Int) -> Bool {
      signals[index].words <= Self.formHeadingWords && !signals[index].endsSentence
        && lines[index].first?.isUppercase == true && Self.isHeading(lines[index], signals[index])
    }
    var index = 0
    while index < lines.count {
      guard isForm(index) else {
        index += 1
        continue
      }
      // The top of the run of chrome lines that holds the form.
      var top = index
      while top > 0, isChrome(top - 1) { top -= 1 }
      // Past the run: the next search starts below it.
      var end = index + 1
      while end < lines.count, isChrome(end) { end += 1 }
      defer { index = end }
      if signals[top].words >= Self.formLabelWords, isBoxHeading(top) { continue }
      var line = top - 1
      var heading: Int?
      var pleads = false
      while line >= 0, top - line <= Self.formBoxLines + 1, inBody[line] {
        let words = signals[line].words
        let plea = matcher.edgeRule(lines[line]) != nil
        pleads = pleads || plea
        if [.short, .repeated].contains(classes[line]), isBoxHeading(line) {
          heading = line
          break
        }
        guard classes[line].isBodyLike || classes[line] == .short, !lines[line].hasSuffix(":"),
          words <= Self.boxedLineWords || plea
        else { break }
        line -= 1
      }
      // A lone button ("Subscribe now") with nothing else of a form around it needs a box that
      // pleads (an edge rule's words) to be one.
      guard let heading, end - top >= 2 || (top..<end).contains(where: isField) || pleads else {
        continue
      }
      for box in heading..<top where inBody[box] {
        classes[box] = .boxed
        inBody[box] = false
      }
    }
  }
}
