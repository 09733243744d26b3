/// Picks the parts of a page dump that make up the article body, from per-line scores.
///
/// The core is the contiguous run of lines with the highest total score (prose scores high,
/// chrome low) that crosses no section label. Articles are often cut by chrome in the middle
/// (an ad block, a newsletter box, a "Related" teaser), so the body then grows, on either side,
/// by further runs that are clearly more of the same article: close to the body (few lines
/// between), mostly prose, and substantial. What lies between the parts is left out. A label
/// that ends the article (comments, footer) is never crossed going forward (above the body it
/// is a link in the article's header); a label of a box that can sit inside an article
/// ("Related") is crossed only this way.
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

  /// The most lines between the body and a further part of it.
  static let maximumGap = 16
  /// The least total score a further part needs (about two short paragraphs).
  static let minimumPartScore = 30.0
  /// The least share of body-like lines in a further part.
  static let minimumBodyShare = 0.6

  /// The body's parts, in order; empty when no line scores above zero.
  func select() -> [Range<Int>] {
    let core = bestRun()
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

  /// The line range with the largest total score that crosses no section label (Kadane).
  func bestRun() -> Range<Int> {
    var best = 0..<0
    var bestSum = 0.0
    var start = 0
    var sum = 0.0
    for index in scores.indices {
      if barriers[index] != .none {
        sum = 0
        start = index + 1
        continue
      }
      if sum <= 0 {
        start = index
        sum = 0
      }
      sum += scores[index]
      if sum > bestSum {
        bestSum = sum
        best = start..<(index + 1)
      }
    }
    return best
  }

  /// The best run that starts within ``maximumGap`` lines after `end`, if it is clearly body.
  private func nextPart(after end: Int) -> Range<Int>? {
    var best = end..<end
    var bestSum = 0.0
    var start = end
    var sum = 0.0
    var index = end
    while index < scores.count {
      let gap = index - end
      switch barriers[index] {
      case .ending: return accepted(best, bestSum)
      case .interrupting:
        if gap >= Self.maximumGap { return accepted(best, bestSum) }
        sum = 0
        start = index + 1
        index += 1
        continue
      case .none: break
      }
      if sum <= 0 {
        // A new run may only start close to the body.
        if gap >= Self.maximumGap { break }
        start = index
        sum = 0
      }
      sum += scores[index]
      if sum > bestSum {
        bestSum = sum
        best = start..<(index + 1)
      }
      index += 1
    }
    return accepted(best, bestSum)
  }

  /// The best run that ends within ``maximumGap`` lines before `start`, if it is clearly body.
  private func previousPart(before start: Int) -> Range<Int>? {
    var best = start..<start
    var bestSum = 0.0
    var end = start
    var sum = 0.0
    var index = start - 1
    while index >= 0 {
      let gap = start - 1 - index
      // A label of what follows an article (comments, footer) above the body is a link in
      // its header ("12 comments"), so going back it only interrupts.
      switch barriers[index] {
      case .ending, .interrupting:
        if gap >= Self.maximumGap { return accepted(best, bestSum) }
        sum = 0
        end = index
        index -= 1
        continue
      case .none: break
      }
      if sum <= 0 {
        if gap >= Self.maximumGap { break }
        end = index + 1
        sum = 0
      }
      sum += scores[index]
      if sum > bestSum {
        bestSum = sum
        best = index..<end
      }
      index -= 1
    }
    return accepted(best, bestSum)
  }

  /// The run, if it is substantial and mostly prose (not a list of teasers or comments).
  private func accepted(_ run: Range<Int>, _ total: Double) -> Range<Int>? {
    guard !run.isEmpty, total >= Self.minimumPartScore else { return nil }
    let proseLines = run.count(where: { prose[$0] })
    let bodyLines = run.count(where: { bodyLike[$0] })
    guard proseLines >= 2, Double(bodyLines) >= Self.minimumBodyShare * Double(run.count) else {
      return nil
    }
    return run
  }
}
