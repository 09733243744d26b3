/// Comment threads found by their shape: a date with a time over each comment.
extension TextDumpCleaner {
  /// The fewest dated comments in a row that make a thread.
  static let threadLength = 3

  /// The most logical lines from one comment's date to the next one's.
  static let threadStride = 12

  /// The most words of a commenter's name on the line above the comment's date.
  static let threadNameWords = 4

  /// Marks the lines of comment threads as `.comment`: the names, dates and text of the
  /// comments, from the first comment's name to the last comment's text.
  ///
  /// A comment gives its date with the time of day ("June 3, 2026 at 4:12 pm", "harbourfan
  /// 3 June 2026 14:17"), next to or below its writer's name, above its text; three or more such
  /// date lines a few lines apart, each with text between it and the next, are a thread, which
  /// a longer thread must not win over the story above it. A story's header gives its dates
  /// together, with no text between them, and a live page times its posts without a date.
  func markCommentThreads(
    _ lines: [String], _ signals: [LineSignals], _ classes: inout [LineClass]
  ) {
    var first = 0
    var last = -1
    var dates = 0
    var texts = false
    func close() {
      guard dates >= Self.threadLength else { return }
      var start = first
      // The first commenter's name above the date.
      if start > 0, classes[start] == .dateLine,
        classes[start - 1] == .short || classes[start - 1] == .repeated,
        Self.words(in: lines[start - 1].utf8) <= Self.threadNameWords
      {
        start -= 1
      }
      // The last comment's text below its date.
      var end = last + 1
      while end < lines.count, end - last <= Self.threadStride {
        if classes[end].isBodyLike || end == last + 1 && classes[end] == .short {
          end += 1
        } else {
          break
        }
      }
      for index in start..<end { classes[index] = .comment }
    }
    for index in lines.indices {
      switch classes[index] {
      case .dateLine, .short:
        // A short line gives the writer's name and the date on one line ("harbourfan 3 June
        // 2026 14:17"): the time's colon, then a name and a date, settle it.
        guard signals[index].hasDigit, Self.hasTimeOfDay(lines[index]),
          classes[index] == .dateLine || isNamedDate(lines[index], signals[index])
        else { continue }
        if dates > 0, index - last <= Self.threadStride, texts {
          dates += 1
        } else {
          close()
          first = index
          dates = 1
        }
        last = index
        texts = false
      case .prose, .sentence, .fragment:
        texts = true
      default:
        break
      }
    }
    close()
  }

  /// Whether a line gives a time of day: a digit, a colon and two digits ("4:12", "14:17").
  private static func hasTimeOfDay(_ line: String) -> Bool {
    let bytes = Array(line.utf8)
    return bytes.indices.dropFirst().contains { colon in
      bytes[colon] == 0x3A && colon + 2 < bytes.count && ASCIIWord.isDigit(bytes[colon - 1])
        && ASCIIWord.isDigit(bytes[colon + 1]) && ASCIIWord.isDigit(bytes[colon + 2])
    }
  }
}
