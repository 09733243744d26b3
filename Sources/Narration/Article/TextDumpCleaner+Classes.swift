/// The class and score of each line of a dump, and the body selector built from them.
extension TextDumpCleaner {
  /// The class of each line (see ``LineClass``), from its shape alone: rules are tried later.
  func classify(_ lines: [String], _ signals: [LineSignals]) -> [LineClass] {
    // Long lines are not counted: they are prose, or chrome that other signals catch.
    let hashes = lines.map { $0.utf8.count <= 160 ? RuleMatcher.hash($0.utf8) : 0 }
    let counts = LineCounter(hashes)
    var classes = [LineClass](repeating: .short, count: lines.count)
    for index in lines.indices {
      let line = lines[index]
      let signal = signals[index]
      let mayBeTime = signal.words <= 10 && Self.mayBeTime(line, signal)
      // A text browser numbers or bullets a live page's times and a header's dates when the
      // page sets them in a list ("2. posted at 16:20", "* Published: 3 March 2026").
      let dated = mayBeTime ? Self.listItemText(line) ?? line : line
      if mayBeTime && signal.words <= 6 && dates.isTimestamp(dated) {
        classes[index] = .timestamp
      } else if mayBeTime && dates.dateLine(dated) != nil {
        classes[index] = .dateLine
      } else if signal.words <= Self.maximumDatesWords, isDates(line, signal) {
        classes[index] = .dateLine
      } else if Byline.name(in: line) != nil {
        classes[index] = .byline
      } else if Self.isPackedList(line, signal) {
        classes[index] = .packedList
      } else if signal.isProse, Self.isDoubled(index, lines, signal) {
        classes[index] = .doubled
      } else if signal.isProse {
        if Self.endsWithEllipsis(line) {
          classes[index] = .teaser
        } else {
          classes[index] = signal.endsSentence || signal.unspacedScript ? .prose : .fragment
        }
      } else if counts[hashes[index]] >= 2 {
        classes[index] = .repeated
      } else if signal.isShortSentence {
        classes[index] = .sentence
      } else {
        classes[index] = .short
      }
    }
    return classes
  }

  /// The score of each line: positive for prose, negative for chrome, stronger in runs.
  static func scores(_ classes: [LineClass], words: [Int]) -> [Double] {
    var scores = [Double](repeating: 0, count: classes.count)
    // Lengths of runs of consecutive non-prose lines (blank lines do not break a run).
    var runStart = 0
    var runLength = 0
    func closeRun(at end: Int) {
      guard runLength >= 3 else { return }
      for index in runStart..<end where scores[index] < 0 { scores[index] -= 1.5 }
    }
    for (index, lineClass) in classes.enumerated() {
      switch lineClass {
      case .prose: scores[index] = Double(words[index])
      case .fragment: scores[index] = Double(words[index]) * 0.25
      case .teaser: scores[index] = -2
      case .sentence: scores[index] = 1
      case .short: scores[index] = -2
      case .repeated, .doubled, .header, .aboveDateline, .rule, .dateLine, .byline, .gallery,
        .teaserList, .authorBox, .boxed, .comment:
        scores[index] = -3
      case .code: scores[index] = Self.codeScore
      // A live post's time parts posts: it scores nothing, and neither starts nor ends a run.
      case .liveStamp: continue
      case .packedList: scores[index] = -6
      case .timestamp: scores[index] = -10
      case .section: scores[index] = -20
      }
      if lineClass == .prose || lineClass == .sentence || lineClass == .fragment {
        closeRun(at: index)
        runLength = 0
      } else {
        if runLength == 0 { runStart = index }
        runLength += 1
      }
    }
    closeRun(at: classes.count)
    // Headline lists: three or more long lines without sentence punctuation, with no prose or
    // short sentence between them, are teasers for other pages rather than paragraphs. A line
    // longer than any teaser is a paragraph that lost its full stop, and ends the list as prose
    // does.
    var listStart = 0
    var fragments = 0
    func closeList(at end: Int) {
      guard fragments >= Self.headlineListLength else { return }
      for index in listStart..<end where classes[index] == .fragment { scores[index] = -1 }
    }
    for (index, lineClass) in classes.enumerated()
    where lineClass == .prose || lineClass == .sentence || lineClass == .fragment {
      if lineClass == .fragment, words[index] <= Self.maximumTeaserWords {
        if fragments == 0 { listStart = index }
        fragments += 1
      } else {
        closeList(at: index)
        fragments = 0
      }
    }
    closeList(at: classes.count)
    return scores
  }

  /// The score of a line of code: nothing, so that a code block between paragraphs joins them
  /// (an article's example) but neither makes a body of its own nor draws a page's script at
  /// the body's edge into it.
  static let codeScore = 0.0

  /// How many long lines without sentence punctuation in a row make a list of headlines.
  static let headlineListLength = 3
  /// The most words of a line in a list of headlines (a headline with its summary, or a long
  /// photo caption of an agency).
  static let maximumTeaserWords = 120

  /// The body selector for lines of the given classes; `tables` marks the lines of tables of
  /// figures, which, as photo galleries, gaps between the body's parts leave out.
  func selector(
    _ unmarked: [LineClass], words: [Int], rules: [Int], headline: Int?, tables: [Bool]
  ) -> BodySelector {
    var classes = unmarked
    markTeaserLists(&classes, rules: rules)
    let barriers = classes.map { lineClass -> BodySelector.Barrier in
      switch lineClass {
      case .section(let id):
        return matcher.interruptingSections.contains(id) ? .interrupting : .ending
      case .rule(let id): return matcher.closingLines.contains(id) ? .ending : .none
      default: return .none
      }
    }
    return BodySelector(
      scores: Self.scores(classes, words: words), barriers: barriers,
      bodyLike: classes.map(\.isBodyLike),
      prose: classes.map { $0 == .prose },
      recognised: classes.map { lineClass in
        if case .rule = lineClass { return true }
        // Neither a block of code nor a live post's time says whether a run is a list.
        return lineClass == .code || lineClass == .liveStamp
      },
      skippable: Self.union(galleryLines(unmarked, rules: rules), tables), headline: headline,
      closing: Set(
        classes.indices.filter { index in
          switch classes[index] {
          case .section(let id): return matcher.closingSections.contains(id)
          case .rule(let id): return matcher.closingLines.contains(id)
          default: return false
          }
        }))
  }

  /// The lines either of two sets of lines holds, each empty when it holds none.
  static func union(_ one: [Bool], _ other: [Bool]) -> [Bool] {
    if one.isEmpty { return other }
    if other.isEmpty { return one }
    return zip(one, other).map { $0 || $1 }
  }

  /// The reason `--explain` gives for dropping a line of this class, or `nil` for the classes
  /// of text (prose, sentences, short lines) whose fate other signals decide.
  static func reason(_ lineClass: LineClass) -> String? {
    switch lineClass {
    case .prose, .sentence, .short, .fragment, .code: return nil
    case .teaser: return "signal:teaser"
    case .repeated: return "signal:repeated-line"
    case .timestamp: return "signal:timestamp"
    case .dateLine: return "signal:date-line"
    case .byline: return "signal:byline"
    case .packedList: return "signal:packed-list"
    case .doubled: return "signal:doubled-line"
    case .header: return "signal:above-byline"
    case .aboveDateline: return "signal:above-dateline"
    case .gallery: return "signal:gallery"
    case .teaserList: return "signal:teaser-list"
    case .authorBox: return "signal:author-box"
    case .comment: return "signal:comment-thread"
    case .boxed: return "signal:chrome-box"
    case .liveStamp: return "signal:live-post-time"
    case .rule(let id): return "rule:\(id)"
    case .section(let id): return "section:\(id)"
    }
  }
}
