import Foundation

/// The dateline that opens a news story ("HARBOR CITY (Harbor Wire) — …"), and the text a page
/// sets above it.
extension TextDumpCleaner {
  /// The most characters of a dateline before the story's first word.
  static let maximumDatelineLength = 60
  /// The most words of a dateline's place.
  static let maximumDatelineWords = 6

  /// Drops the text that the body opens with above a paragraph that opens with a dateline: a
  /// wire story's first paragraph names the place and the agency before its first word, so what
  /// stands above it (a video's or a photo's caption, the story's summary) is not the story.
  ///
  /// Only the first paragraphs of the body are read (at most ``maximumHeaderTexts`` above the
  /// dateline, as for a byline): further down, a line that opens like a dateline is a caption's
  /// ("HARBOR CITY - MARCH 3: Crowds on the quay…") or a new story's.
  func dropAboveDateline(
    _ parts: [Range<Int>], _ lines: [String], _ classes: inout [LineClass], _ inBody: inout [Bool]
  ) {
    guard let first = parts.first else { return }
    var above: [Int] = []
    for index in first where inBody[index] {
      guard classes[index].isBodyLike else {
        above.append(index)
        continue
      }
      if Self.opensWithDateline(lines[index]) {
        guard above.contains(where: { classes[$0].isBodyLike }) else { return }
        for line in above {
          classes[line] = .aboveDateline
          inBody[line] = false
        }
        return
      }
      above.append(index)
      if above.filter({ classes[$0].isBodyLike }).count > Self.maximumHeaderTexts { return }
    }
  }

  /// Whether a paragraph opens with a dateline.
  ///
  /// A dateline is a place in capitals and a dash ("HARBOR CITY — The council…", "KELMOUTH,
  /// Cornwall (Harbor Wire) -- The…"), or a place and its agency in brackets, then a dash or the
  /// first word glued on ("Kelmouth (Harbor Wire) - The…", "Kelmouth (HW)The…"). A name with its
  /// initials in brackets and a space after them ("Harbor Trust (HT) said…") is not one.
  static func opensWithDateline(_ line: String) -> Bool {
    let head = line.prefix(maximumDatelineLength)
    guard Self.mayEndDateline(head) else { return false }
    // The dateline ends at a dash with a space before it, or at the agency's closing bracket.
    var end: String.Index?
    var agency = false
    var index = head.startIndex
    while index < head.endIndex {
      let character = head[index]
      if character == "(" {
        guard let close = head[index...].firstIndex(of: ")") else { return false }
        agency = true
        index = head.index(after: close)
        let rest = head[index...]
        if let next = rest.first, next.isUppercase || next == "“" {
          end = index
        } else if let dash = Self.dashLength(rest.drop { $0 == " " }) {
          end = rest.drop { $0 == " " }.dropFirst(dash).startIndex
        } else {
          return false
        }
        break
      }
      if character == " ", let dash = Self.dashLength(head[head.index(after: index)...]) {
        end = head.index(index, offsetBy: 1 + dash)
        break
      }
      index = head.index(after: index)
    }
    guard let end else { return false }
    let place = line[..<end].prefix { $0 != "(" }.split(separator: ",", maxSplits: 1)
    guard let town = place.first?.trimmingCharacters(in: .whitespaces), town.count >= 2,
      town.split(separator: " ").count <= maximumDatelineWords,
      town.first?.isUppercase == true
    else { return false }
    // Without an agency, the town is in capitals ("HARBOR CITY"); with one, a name will do.
    let capitals = !town.contains { $0.isLowercase }
    guard capitals || agency else { return false }
    if !capitals && !town.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }) {
      return false
    }
    // The story goes on after the dateline with a capital, a quotation mark or a number.
    guard let next = line[end...].first(where: { $0 != " " }) else { return false }
    return next.isUppercase || next.isNumber || "“\"‘'".contains(next)
  }

  /// Whether a text has a byte where a dateline may end.
  ///
  /// That is an opening bracket, or a dash's first byte after a space ("-", or 0xE2 for "–" and
  /// "—"). Most paragraphs have none, and their bytes say so quicker than their characters.
  private static func mayEndDateline(_ head: Substring) -> Bool {
    var previous: UInt8 = 0
    for byte in head.utf8 {
      if byte == 0x28 || (previous == 0x20 && (byte == 0x2D || byte == 0xE2)) { return true }
      previous = byte
    }
    return false
  }

  /// The length of the dash a text opens with, and the space after it: " — ", "-- ", "– ", "- ".
  private static func dashLength(_ text: Substring) -> Int? {
    // Most texts (every word after a space of the dateline's head) open with no dash at all.
    guard let first = text.first, first == "—" || first == "–" || first == "-" else { return nil }
    for dash in ["—", "--", "–", "-"] where text.hasPrefix(dash + " ") {
      return dash.count + 1
    }
    return nil
  }
}
