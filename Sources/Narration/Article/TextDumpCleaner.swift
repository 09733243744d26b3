import Foundation

/// Cleans a plain-text page dump (a line per block) by structural signals and boilerplate rules.
///
/// The article body is taken to be the densest run of prose lines: every line gets a score
/// (long sentences score high, short chrome lines and rule matches score low) and the contiguous
/// run with the highest total is kept. Rules then remove chrome that sits inside that run.
struct TextDumpCleaner {
  let rules: CleaningRules
  private let compiled: [(id: String, regex: NSRegularExpression)]

  init(rules: CleaningRules) {
    self.rules = rules
    compiled = rules.rules.compactMap { rule in
      (try? NSRegularExpression(pattern: "^(?:" + rule.pattern + ")$", options: [.caseInsensitive]))
        .map { (rule.id, $0) }
    }
  }

  func clean(_ text: String) -> CleaningResult {
    let lines = TextLines.split(text)
    var dropped: [DroppedLine] = []
    var scores = [Double](repeating: 0, count: lines.count)
    var ruleHit = [String?](repeating: nil, count: lines.count)
    for (index, line) in lines.enumerated() where !line.isEmpty {
      if let id = matchingRule(line) {
        ruleHit[index] = id
        scores[index] = -3
      } else {
        scores[index] = Self.score(line)
      }
    }
    let body = Self.bestRun(scores)
    var blocks: [ArticleBlock] = []
    for (index, line) in lines.enumerated() where !line.isEmpty {
      let number = index + 1
      if let id = ruleHit[index] {
        dropped.append(DroppedLine(line: number, text: line, reason: "rule:\(id)"))
      } else if !body.contains(index) {
        dropped.append(DroppedLine(line: number, text: line, reason: "outside-body"))
      } else if Self.isProse(line) {
        blocks.append(ArticleBlock(kind: .paragraph, text: line, lines: number...number))
      } else if Self.isHeading(line), index + 1 < lines.count, body.contains(index + 1) {
        blocks.append(ArticleBlock(kind: .heading, text: line, lines: number...number))
      } else {
        dropped.append(DroppedLine(line: number, text: line, reason: "short-line"))
      }
    }
    return CleaningResult(article: Article(blocks: blocks), dropped: dropped)
  }

  private func matchingRule(_ line: String) -> String? {
    let range = NSRange(line.startIndex..., in: line)
    return compiled.first { $0.regex.firstMatch(in: line, range: range) != nil }?.id
  }

  /// How much a line looks like article prose: positive for sentences, negative for chrome.
  static func score(_ line: String) -> Double {
    let words = wordCount(line)
    if isProse(line) { return Double(words) }
    return words <= 3 ? -2 : -1
  }

  static func isProse(_ line: String) -> Bool {
    let words = wordCount(line)
    guard let last = line.last(where: { !$0.isWhitespace }) else { return false }
    let ends = ".!?\"'”’:;)…".contains(last)
    return (words >= 8 && ends) || words >= 15
  }

  static func isHeading(_ line: String) -> Bool {
    let words = wordCount(line)
    guard let last = line.last else { return false }
    return (2...14).contains(words) && !".,;:".contains(last)
  }

  static func wordCount(_ line: String) -> Int {
    line.split(whereSeparator: { $0.isWhitespace }).count
  }

  /// The index range with the largest total score (Kadane's algorithm), empty when none is positive.
  static func bestRun(_ scores: [Double]) -> Range<Int> {
    var best = 0..<0
    var bestSum = 0.0
    var start = 0
    var sum = 0.0
    for (index, score) in scores.enumerated() {
      if sum <= 0 {
        start = index
        sum = 0
      }
      sum += score
      if sum > bestSum {
        bestSum = sum
        best = start..<(index + 1)
      }
    }
    return best
  }
}
