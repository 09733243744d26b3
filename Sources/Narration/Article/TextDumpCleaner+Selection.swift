/// The article's parts in a dump, picked by the structural signals and the rules tried near them.
extension TextDumpCleaner {
  /// The rules tried so far on a dump's logical lines, and what they found.
  ///
  /// Rules are regular expressions and cost far more than the structural signals, so each line
  /// is tried at most once, when the body the signals pick comes near it.
  struct RuleTrial {
    let matcher: RuleMatcher
    let physical: [String]
    let units: [Unit]
    /// Each logical line's class, with what the rules found put in.
    var classes: [LineClass]
    /// The lines a line rule matched, in order (photo credits and "Read more" links among them).
    var ruleLines: [Int] = []
    /// Whether the rules were tried on each line.
    private var tried: [Bool]

    init(matcher: RuleMatcher, physical: [String], units: [Unit], classes: [LineClass]) {
      self.matcher = matcher
      self.physical = physical
      self.units = units
      self.classes = classes
      tried = [Bool](repeating: false, count: units.count)
    }

    /// Tries the rules on the lines of `range` not tried yet, and says whether any matched.
    mutating func evaluate(_ range: Range<Int>) -> Bool {
      var changed = false
      defer { ruleLines.sort() }
      for index in range where !tried[index] {
        var hit: Hit = (nil, nil)
        for number in units[index].lines
        where !TextDumpCleaner.isWrappedTail(number, of: units[index], physical) {
          // Text browsers set a marker before each item of a list (a menu's too): the rules
          // judge what the item says.
          let line = physical[number]
          hit = matcher.match(TextDumpCleaner.listItemText(line) ?? line)
          if hit.section != nil || hit.line != nil { break }
        }
        tried[index] = true
        if let section = hit.section {
          classes[index] = .section(section)
          changed = true
        } else if let line = hit.line {
          classes[index] = .rule(line)
          ruleLines.append(index)
          changed = true
        }
      }
      return changed
    }
  }

  /// The most words of the last line of a wrapped paragraph that the rules leave to the
  /// paragraph: the sentence's last word or two ("…follow us on GitHub or" above "Twitter.").
  static let wrappedTailWords = 2

  /// Whether physical line `number` of a unit is the end of a wrapped paragraph's sentence: a
  /// line of at most ``wrappedTailWords`` words, right below a line as long as a wrapped one
  /// (``wrappedLineLength``) of the same unit.
  ///
  /// Such a line is no line of the page: alone it reads as a button ("more.", "Twitter.",
  /// "home."), so the rules, which judge a unit's lines one by one, pass it over.
  static func isWrappedTail(_ number: Int, of unit: Unit, _ physical: [String]) -> Bool {
    guard number > unit.lines.lowerBound,
      words(in: physical[number].utf8) <= wrappedTailWords
    else { return false }
    let above = physical[number - 1]
    return above.utf8.count >= wrappedLineLength
      && above.unicodeScalars.count >= wrappedLineLength
  }

  /// Picks the article's parts: the signals choose a body, the rules are tried on the lines
  /// around it (``ruleMargin`` either side, further while a photo gallery reaches the edge),
  /// and the body is chosen again, until no new rule matches.
  ///
  /// `tables` marks the lines of tables of figures (see ``tableLines(_:_:_:_:)``), which gaps
  /// between parts leave out.
  func selectBody(
    _ trial: inout RuleTrial, words: [Int], headline: Int?, tables: [Bool]
  ) -> [Range<Int>] {
    let count = trial.units.count
    var parts: [Range<Int>] = []
    for _ in 0..<8 {
      parts = selector(
        trial.classes, words: words, rules: trial.ruleLines, headline: headline, tables: tables
      ).select()
      var zone =
        if let first = parts.first, let last = parts.last {
          max(0, first.lowerBound - Self.ruleMargin)..<min(count, last.upperBound + Self.ruleMargin)
        } else {
          0..<count
        }
      var changed = trial.evaluate(zone)
      // A gallery that reaches the edge of the zone may have more of the article beyond it. Its
      // photos are two strides apart where one's credit is not recognised (see `itemRuns`).
      while zone.lowerBound > 0, hasCredit(zone.prefix(2 * Self.galleryStride), trial.classes) {
        let lower = max(0, zone.lowerBound - Self.ruleMargin)
        changed = trial.evaluate(lower..<zone.lowerBound) || changed
        zone = lower..<zone.upperBound
      }
      while zone.upperBound < count, hasCredit(zone.suffix(2 * Self.galleryStride), trial.classes) {
        let upper = min(count, zone.upperBound + Self.ruleMargin)
        changed = trial.evaluate(zone.upperBound..<upper) || changed
        zone = zone.lowerBound..<upper
      }
      if !changed { break }
    }
    return parts
  }
}
