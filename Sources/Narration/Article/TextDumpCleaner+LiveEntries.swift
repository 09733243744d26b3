/// Live pages found by their shape: each post under the time it was posted.
extension TextDumpCleaner {
  /// The fewest timed posts in a row that make a live page.
  static let livePostLength = 3

  /// The most logical lines from one post's time to the next one's.
  static let livePostStride = 16

  /// The most words of a post's time line ("18:40", "18:40 Mara Lind", "18:40Mara Lind").
  static let liveStampWords = 6

  /// Marks the time lines of a live page's posts as `.liveStamp`, with the writer's name below
  /// a time when the page repeats it.
  ///
  /// A live page gives each post the time of day it was posted, and often its writer's name,
  /// on a line of their own (or glued, as dumps print "18:40Mara Lind"), above the post's
  /// heading and text. Three or more such times a few lines apart, with a paragraph of prose
  /// after most of them, are the posts of one story: the times part its posts as a
  /// subheading does, rather than mark chrome (a list of other stories gives a time above
  /// each headline, with no paragraph). A time with a date over a comment is a comment
  /// thread's (see ``markCommentThreads(_:_:_:)``), not a post's.
  static func markLiveEntries(
    _ lines: [String], _ signals: [LineSignals], _ classes: inout [LineClass]
  ) {
    var stamps: [Int] = []
    var posts = 0
    var hasProse = false
    func endPost() {
      if hasProse { posts += 1 }
      hasProse = false
    }
    func close() {
      endPost()
      if stamps.count >= livePostLength, 2 * posts > stamps.count {
        for stamp in stamps {
          classes[stamp] = .liveStamp
          // The writer's name below the time: a short line the page repeats.
          if stamp + 1 < classes.count, classes[stamp + 1] == .repeated,
            signals[stamp + 1].words <= threadNameWords
          {
            classes[stamp + 1] = .liveStamp
          }
        }
      }
      stamps = []
      posts = 0
    }
    for index in lines.indices {
      switch classes[index] {
      case .timestamp, .short, .repeated:
        guard signals[index].hasDigit, signals[index].words <= liveStampWords,
          opensWithTimeOfDay(listItemText(lines[index]) ?? lines[index])
        else { continue }
        if let last = stamps.last, index - last <= livePostStride {
          endPost()
        } else {
          close()
        }
        stamps.append(index)
      case .prose:
        hasProse = true
      default:
        break
      }
    }
    close()
  }

  /// Whether a line opens with a time of day ("9:05", "18:40", "posted at 18:40"): one or two
  /// digits, a colon and two digits, and then no digit.
  static func opensWithTimeOfDay(_ line: String) -> Bool {
    var bytes = line.utf8[...]
    // "posted at 18:40", "Updated 18:40": a word or two before the time.
    for _ in 0..<2 {
      guard let first = bytes.first, !ASCIIWord.isDigit(first) else { break }
      guard let space = bytes.firstIndex(of: 0x20) else { return false }
      bytes = bytes[bytes.index(after: space)...]
    }
    // One or two digits, a colon, two digits: read byte by byte, with no copy (this is asked
    // of every short line with a digit).
    func digits(from start: String.UTF8View.Index) -> (count: Int, end: String.UTF8View.Index) {
      var count = 0
      var index = start
      while index < bytes.endIndex, ASCIIWord.isDigit(bytes[index]), count < 3 {
        count += 1
        index = bytes.index(after: index)
      }
      return (count, index)
    }
    let hours = digits(from: bytes.startIndex)
    guard hours.count == 1 || hours.count == 2, hours.end < bytes.endIndex,
      bytes[hours.end] == 0x3A
    else { return false }
    return digits(from: bytes.index(after: hours.end)).count == 2
  }
}
