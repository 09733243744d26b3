import Foundation

/// The title, byline, date and standfirst read from the lines just above the body.
extension TextDumpCleaner {
  /// What the lines around the top of the body say of the article, and which lines said it.
  ///
  /// Those lines are dropped with the reason in `reasons` (or as metadata).
  struct Metadata {
    var title: String?
    var byline: String?
    var published: Date?
    var used: Set<Int> = []
    var reasons: [Int: String] = [:]
    /// The standfirst (the sentence between headline and byline that sums the story up), which
    /// belongs to the article although it sits above the body.
    var standfirst: Int?
    /// The first line of the article's header that was read (its byline or date), if any.
    var anchor: Int?
  }

  /// The most lines of text that the body may open with above the byline or date for them to be
  /// the header's (a caption and a teaser), not the story's.
  static let maximumHeaderTexts = 2

  /// The most lines from the headline down to the byline or date of an article's header.
  static let headerLines = 8

  /// The least words of a standfirst: a summary sentence, not a label or a link.
  static let minimumStandfirstWords = 8

  /// The standfirst just above the header line at `anchor`, or `nil`.
  ///
  /// It is a sentence of some length (often without a full stop) that directly precedes the
  /// byline or date and directly follows a heading-like line (the headline, which may be long
  /// enough to read as a fragment), skipping lines a rule recognised (a "Close" button). News
  /// pages very often set their summary there, apart from the body's paragraphs.
  ///
  /// When the line that repeats the page's title (`pageHeadline`) stands above the header, the
  /// standfirst follows it: a line between them is a photo's caption or a second headline.
  private func standfirst(
    above anchor: Int, _ lines: [String], _ classes: [LineClass], pageHeadline: Int?
  ) -> Int? {
    func previous(_ index: Int) -> Int? {
      var index = index - 1
      var skipped = 0
      while index >= 0, skipped < 2, case .rule = classes[index] {
        index -= 1
        skipped += 1
      }
      return index >= 0 ? index : nil
    }
    guard let candidate = previous(anchor),
      [.prose, .sentence, .fragment].contains(classes[candidate]),
      LineSignals(lines[candidate]).words >= Self.minimumStandfirstWords,
      let headline = previous(candidate),
      [.short, .repeated, .fragment].contains(classes[headline])
    else { return nil }
    if let pageHeadline, pageHeadline < anchor, anchor - pageHeadline <= Self.headerLines,
      pageHeadline != headline
    {
      return nil
    }
    let signal = LineSignals(lines[headline])
    guard signal.words >= 2, signal.words <= Self.maximumHeadlineWords,
      let last = lines[headline].last
    else { return nil }
    // The line that repeats the page's title is the headline, however it ends.
    if headline == pageHeadline { return candidate }
    return ".,;:|)]".contains(last) || lines[headline].hasPrefix("(") ? nil : candidate
  }

  /// The most words of a headline above a standfirst: a long headline reads as a fragment.
  static let maximumHeadlineWords = 24

  /// Reads the title, byline and date from the lines just above (and at the top of) the body.
  ///
  /// When no line above the byline or date reads as the headline, the line that repeats the
  /// page's title (`headline`, see ``PageHeadline``) is it, however long, if no paragraph of the
  /// body comes before it: a long headline reads as a fragment and would open the body.
  func metadata(
    _ lines: [String], _ classes: [LineClass], body: Range<Int>, headline: Int?
  ) -> Metadata {
    var meta = Metadata()
    guard !body.isEmpty else { return meta }
    // The header of an article sits just above its first paragraph, or in its first lines.
    let windowStart = max(0, body.lowerBound - Self.headerReach)
    let windowEnd = min(body.upperBound, body.lowerBound + 6)
    var anchor: Int?
    for index in windowStart..<windowEnd {
      let line = lines[index]
      switch classes[index] {
      case .byline where meta.byline == nil:
        meta.byline = Byline.name(in: line)
        meta.used.insert(index)
        meta.reasons[index] = "signal:byline"
        anchor = anchor ?? index
      case .short where meta.byline == nil && ["by", "by:"].contains(line.lowercased()):
        let next = index + 1
        if next < windowEnd, Self.looksLikeName(lines[next]) {
          meta.byline = lines[next]
          meta.used.formUnion([index, next])
          meta.reasons[index] = "signal:byline"
          meta.reasons[next] = "signal:byline"
          anchor = anchor ?? index
        }
      case .dateLine where meta.published == nil:
        // A line of several dates gives the first ("Published: … | Updated: …"), and one with
        // a name before the date ("Jo Ruiz | March 3, 2026") its date.
        meta.published = dates.dateLine(line) ?? dates.read(line)
        meta.used.insert(index)
        meta.reasons[index] = "signal:date-line"
        anchor = anchor ?? index
      default: break
      }
    }
    let firstLine = lines.first { !$0.isEmpty }
    // The headline is the heading-like line nearest above the byline or date; a line that repeats
    // the page's first line (its <title>) wins over a nearer subtitle.
    if let anchor {
      meta.standfirst = standfirst(above: anchor, lines, classes, pageHeadline: headline)
    }
    meta.anchor = anchor
    let titleEnd = meta.standfirst ?? anchor ?? body.lowerBound
    var candidates: [Int] = []
    var index = titleEnd - 1
    var seen = 0
    scan: while index >= windowStart, seen < (anchor == nil ? 3 : 6) {
      switch classes[index] {
      case .prose, .sentence, .fragment, .teaser: break scan
      case .short, .repeated:
        seen += 1
        let signal = LineSignals(lines[index])
        if Self.isHeading(lines[index], signal), signal.words >= 2 { candidates.append(index) }
      default: seen += 1
      }
      index -= 1
    }
    let chosen: Int?
    if let repeatedFirst = candidates.first(where: { lines[$0] == firstLine && $0 > 0 }) {
      chosen = repeatedFirst
    } else if anchor != nil, let first = candidates.first {
      chosen = first
    } else if let headline, headline >= windowStart, headline < windowEnd,
      !(body.lowerBound..<max(body.lowerBound, headline)).contains(where: { classes[$0] == .prose })
    {
      chosen = headline
    } else {
      chosen = nil
    }
    if let chosen {
      meta.title = lines[chosen]
      meta.used.insert(chosen)
      meta.reasons[chosen] = "signal:title"
    }
    return meta
  }
}
