/// Picks the parts of a page dump that make up the article body, from per-line scores.
///
/// The core is the contiguous run of lines with the highest total score (prose scores high,
/// chrome low) that crosses no section label. Articles are often cut by chrome in the middle
/// (an ad block, a newsletter box, a "Related" teaser), so the body then grows, on either side,
/// by further runs that are clearly more of the same article: close to the body (few lines
/// between), mostly prose, and substantial. What lies between the parts is left out. A label
/// that ends the article (comments, footer) is never crossed going forward (above the body it
/// is a link in the article's header); a label of a box that can sit inside an article
/// ("Related") is crossed only this way. A short story right under its headline wins over a
/// longer run past such a label (a comment thread, a footer).
struct BodySelector {
  /// What a line means for the runs that may cross it.
  enum Barrier: Equatable {
    case none
    /// A label of a box that pages also place inside an article.
    case interrupting
    /// A label of a part of the page that follows the article (comments, footer).
    case ending
  }

  /// The score of each line: positive for prose, negative for chrome.
  let scores: [Double]
  let barriers: [Barrier]
  /// Whether each line reads as body text (prose, a short sentence, a long fragment).
  let bodyLike: [Bool]
  /// Whether each line is a paragraph of prose.
  let prose: [Bool]
  /// Whether each line is chrome that a rule recognised (an advertisement label, a photo credit).
  ///
  /// Such a line says nothing about whether a run is a list of teasers, so the share of body
  /// lines leaves it out. Empty when no line is.
  var recognised: [Bool] = []
  /// Whether each line belongs to a photo gallery (three or more captions with their credits in
  /// a row) or a table of figures, which pages set inside articles as often as after them.
  ///
  /// Such lines do not count toward the gap between the body and a further part: however long
  /// the gallery or the table, the article may go on below it. Empty when no line is.
  var skippable: [Bool] = []

  /// The line that repeats the page's title (see ``PageHeadline``), when one does.
  var headline: Int?
  /// The labels that close an article wherever they stand (a comment section's), which a page
  /// never sets between two parts of its story.
  var closing: Set<Int> = []

  /// How many lines after the headline the article's first run may start.
  static let headlineReach = 30
  /// The least share of the best run's total that a run just after the headline needs to be
  /// chosen instead (see ``coreRun()``).
  static let headlineShare = 0.1

  /// The most lines between the body and a further part of it.
  static let maximumGap = 16
  /// The least total score a further part needs (about two short paragraphs).
  static let minimumPartScore = 30.0
  /// The least score of the paragraphs of a further part after a box of links (one paragraph of
  /// about 20 words).
  static let minimumParagraphScore = 20.0
  /// The least share of body-like lines in a further part.
  static let minimumBodyShare = 0.6
  /// How many lines after the headline a lone paragraph above the body may start and still be
  /// the article's lead (see ``previousPart(before:from:)``).
  static let leadReach = 8

  /// The body's parts, in order; empty when no line scores above zero.
  func select() -> [Range<Int>] {
    let core = coreRun()
    guard !core.isEmpty else { return [] }
    var parts = [core]
    while let next = nextPart(after: parts[parts.count - 1].upperBound) {
      parts.append(next)
    }
    while let previous = previousPart(before: parts[0].lowerBound) {
      parts.insert(previous, at: 0)
    }
    return parts
  }

  /// The run the body grows from: the best run of the page, or the run just below the headline
  /// when the best run lies past a label that ends an article (comments, footer).
  ///
  /// A short story loses to a long comment thread or footer on the total alone; that the story
  /// sits right under the headline and the thread past the label that closes it tells them
  /// apart. The run below the headline must start within ``headlineReach`` lines of it, end
  /// before that label, hold a paragraph of prose, and total at least ``headlineShare`` of the
  /// best run. Without such a run (a dump with no line repeating the page's title, as text
  /// browsers dump a page, or one whose first such line is a link far above the story), only a
  /// label in ``closing`` (a comment section's, the footer's copyright line) tells the story
  /// from what follows it, and the best run before it (below the headline, when there is one)
  /// is the story. Such a label within ``headlineReach`` lines of the headline is a link in the
  /// story's header ("74 comments"), not the end of anything.
  func coreRun() -> Range<Int> {
    let best = bestRun()
    let end = best.range.lowerBound
    if let headline,
      let near = runBefore(best, labels: min(headline + 1, end)..<end, closingOnly: false)
    {
      return near
    }
    let first = headline.map { min($0 + 1 + Self.headlineReach, end) } ?? 0
    return runBefore(best, labels: first..<end, closingOnly: true) ?? best.range
  }

  /// The run that stands in for `best` when a label that ends an article lies among `labels`:
  /// the best run before the last such label that starts just below the headline (unless
  /// `closingOnly`, when only labels in ``closing`` count and the run may start anywhere below
  /// the headline), if it qualifies (see ``coreRun()``).
  private func runBefore(
    _ best: (range: Range<Int>, sum: Double), labels: Range<Int>, closingOnly: Bool
  ) -> Range<Int>? {
    guard
      let label = labels.last(where: { index in
        barriers[index] == .ending && (!closingOnly || closing.contains(index))
      })
    else { return nil }
    let top = headline.map { $0 + 1 } ?? 0
    let starts = closingOnly ? top..<label : top..<(top + Self.headlineReach)
    let near = bestRun(startingIn: starts, before: label)
    guard !near.range.isEmpty, near.sum >= Self.headlineShare * best.sum else { return nil }
    var tally = Tally(afterBox: true)
    for index in near.range {
      tally.add(
        scores[index], prose: prose[index], bodyLike: bodyLike[index],
        counted: index >= recognised.count || !recognised[index])
    }
    return tally.qualifies ? near.range : nil
  }

  /// The line range with the largest total score that crosses no section label (Kadane), among
  /// the runs that start in `starts` and end before `end`.
  func bestRun(startingIn starts: Range<Int>? = nil, before end: Int? = nil) -> (
    range: Range<Int>, sum: Double
  ) {
    let starts = starts ?? 0..<scores.count
    let end = min(end ?? scores.count, scores.count)
    var best = 0..<0
    var bestSum = 0.0
    var start = starts.lowerBound
    var sum = 0.0
    for index in min(starts.lowerBound, end)..<end {
      if barriers[index] != .none {
        sum = 0
        start = index + 1
        continue
      }
      if sum <= 0 {
        if index >= starts.upperBound { break }
        start = index
        sum = 0
      }
      sum += scores[index]
      if sum > bestSum {
        bestSum = sum
        best = start..<(index + 1)
      }
    }
    return (best, bestSum)
  }

  /// The best run that starts within ``maximumGap`` lines after `end` and is clearly body.
  ///
  /// Among the runs that qualify (see ``Tally/qualifies``), the one with the highest total wins:
  /// a long stretch that mixes a few paragraphs with much chrome (a live blog's tickers, a
  /// gallery) does not hide the paragraphs of the article next to it. Runs are tried from the
  /// body's edge and from each paragraph within ``maximumGap`` lines that follows chrome, so that
  /// a run that qualifies is not lost inside a longer one from the edge that does not.
  private func nextPart(after end: Int) -> Range<Int>? {
    var best = nextPart(after: end, from: end, afterBox: false)
    // A run that starts at a later paragraph close to the body may qualify where the run from
    // the first one does not (chrome between them spoils its share of body lines).
    var crossedBox = false
    var index = end
    while index < min(scores.count, end + Self.maximumGap), barriers[index] != .ending {
      if barriers[index] == .interrupting { crossedBox = true }
      if index > end, barriers[index] == .none, scores[index] > 0, scores[index - 1] <= 0,
        let run = nextPart(after: end, from: index, afterBox: crossedBox),
        run.sum > best?.sum ?? 0
      {
        best = run
      }
      index += 1
    }
    return best?.range
  }

  /// The best run that starts at or after `first` (within ``maximumGap`` lines of `end`);
  /// `afterBox` says whether a box lies between them.
  private func nextPart(after end: Int, from first: Int, afterBox: Bool) -> (
    range: Range<Int>, sum: Double
  )? {
    var best: Range<Int>?
    var bestSum = 0.0
    var start = first
    var tally = Tally()
    var crossedBox = afterBox
    var index = first
    var skipped = 0
    while index < scores.count {
      let gap = index - end - skipped
      if isSkippable(index) { skipped += 1 }
      switch barriers[index] {
      case .ending: return best.map { ($0, bestSum) }
      case .interrupting:
        if gap >= Self.maximumGap { return best.map { ($0, bestSum) } }
        tally = Tally()
        crossedBox = true
        start = index + 1
        index += 1
        continue
      case .none: break
      }
      if tally.sum <= 0 {
        // A new run may only start close to the body.
        if gap >= Self.maximumGap { break }
        start = index
        tally = Tally(afterBox: crossedBox)
      }
      tally.add(
        scores[index], prose: prose[index], bodyLike: bodyLike[index],
        counted: index >= recognised.count || !recognised[index])
      if tally.sum > bestSum, tally.qualifies {
        bestSum = tally.sum
        best = start..<(index + 1)
      }
      index += 1
    }
    return best.map { ($0, bestSum) }
  }

  /// The best run that ends within ``maximumGap`` lines before `start` and is clearly body.
  ///
  /// As going forward, runs are tried from each paragraph close to the body that follows chrome:
  /// a live blog's entries above a box keep their paragraphs though a lone one next to the box,
  /// and the tickers after it, spoil the share of body lines of the run that starts there.
  private func previousPart(before start: Int) -> Range<Int>? {
    var best = previousPart(before: start, from: start - 1)
    // Going back every label only interrupts, so runs may start beyond one.
    var index = start - 1
    while index >= max(0, start - Self.maximumGap) {
      if index < start - 1, barriers[index] == .none, scores[index] > 0, scores[index + 1] <= 0,
        let run = previousPart(before: start, from: index), run.sum > best?.sum ?? 0
      {
        best = run
      }
      index -= 1
    }
    return best?.range
  }

  /// The best run that ends at or before `last` (within ``maximumGap`` lines of `start`).
  private func previousPart(before start: Int, from last: Int) -> (
    range: Range<Int>, sum: Double
  )? {
    var best: Range<Int>?
    var bestSum = 0.0
    var end = last + 1
    var tally = Tally()
    var index = last
    var skipped = 0
    while index >= 0 {
      let gap = start - 1 - index - skipped
      if isSkippable(index) { skipped += 1 }
      // A label of what follows an article (comments, footer) above the body is a link in
      // its header ("12 comments"), so going back it only interrupts.
      switch barriers[index] {
      case .ending, .interrupting:
        if gap >= Self.maximumGap { return best.map { ($0, bestSum) } }
        tally = Tally()
        end = index
        index -= 1
        continue
      case .none: break
      }
      if tally.sum <= 0 {
        if gap >= Self.maximumGap { break }
        end = index + 1
        tally = Tally()
      }
      tally.add(
        scores[index], prose: prose[index], bodyLike: bodyLike[index],
        counted: index >= recognised.count || !recognised[index])
      if tally.sum > bestSum, tally.qualifies || (isLead(index) && tally.qualifiesAfterBox) {
        bestSum = tally.sum
        best = index..<end
      }
      index -= 1
    }
    return best.map { ($0, bestSum) }
  }

  /// Whether a run above the body that starts at `index` starts just below the headline, where
  /// one paragraph is the article's lead: pages set a photo, its caption or a table of contents
  /// between the lead and the rest of the story far more often than a paragraph of chrome
  /// right under the headline.
  private func isLead(_ index: Int) -> Bool {
    guard let headline else { return false }
    return index > headline && index <= headline + Self.leadReach
  }

  /// Whether the line at `index` is left out of gaps (see ``skippable``).
  private func isSkippable(_ index: Int) -> Bool {
    index < skippable.count && skippable[index]
  }

  /// The running total of a run and the counts that tell whether it is clearly body.
  private struct Tally {
    /// Whether the run follows a box that sits inside articles ("Related"), going forward.
    var afterBox = false
    var sum = 0.0
    var lines = 0
    var proseLines = 0
    /// The total score of the run's paragraphs of prose alone.
    var proseSum = 0.0
    var bodyLines = 0

    /// Adds a line; `counted` is false for recognised chrome, left out of the body share.
    mutating func add(_ score: Double, prose: Bool, bodyLike: Bool, counted: Bool) {
      sum += score
      if counted { lines += 1 }
      if prose {
        proseLines += 1
        proseSum += score
      }
      if bodyLike { bodyLines += 1 }
    }

    /// Whether the run is substantial and mostly prose (not a list of teasers or comments).
    ///
    /// After such a box, one paragraph is enough: the article goes on below a box of links far
    /// more often than a lone paragraph of chrome follows one.
    var qualifies: Bool {
      afterBox
        ? qualifiesAfterBox
        : isMostlyBody && sum >= BodySelector.minimumPartScore
          && proseLines >= 2
    }

    /// Whether the run would qualify after a box of links: one paragraph is enough.
    var qualifiesAfterBox: Bool {
      isMostlyBody && proseSum >= BodySelector.minimumParagraphScore
        && sum >= BodySelector.minimumParagraphScore
    }

    /// Whether enough of the run's lines read as body text.
    private var isMostlyBody: Bool {
      Double(bodyLines) >= BodySelector.minimumBodyShare * Double(lines)
    }
  }
}
