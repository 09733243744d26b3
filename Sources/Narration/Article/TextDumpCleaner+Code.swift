/// Blocks of program code in a page dump: an article's examples, which read as chrome by shape.
extension TextDumpCleaner {
  /// The fewest lines that read as code in a block of them.
  static let codeBlockLines = 2

  /// The longest line (in UTF-8 bytes) read for the marks of code; a longer line is prose or a
  /// minified script, and reading it would cost more than it tells.
  static let maximumCodeLineLength = 400

  /// Marks the lines of code blocks as `.code`.
  ///
  /// A block is a run of lines that are no paragraphs (or read as code), each at most one blank
  /// line from the next, two of them with no blank line between, in which ``codeBlockLines`` or
  /// more lines, and at least a third of them, read as code (see ``isCodeLine(_:)``) or open
  /// with a prompt (see ``isPromptLine(_:)``). A sentence is no code unless it reads as code,
  /// so the text between two blocks ("You might expect this output:") parts them. A page's
  /// `pre` block keeps its lines together where a dump parts paragraphs with blank lines, so
  /// only lines next to one another start a block, which keeps the cost low; lines of a block
  /// that do not read as code ("import socket", a program's output "100") are the block's too.
  static func markCode(_ units: [Unit], _ classes: inout [LineClass]) {
    var index = 0
    while index + 1 < units.count {
      guard units[index + 1].lines.lowerBound == units[index].lines.upperBound + 1,
        mayBeCode(index, units, classes), mayBeCode(index + 1, units, classes)
      else {
        index += 1
        continue
      }
      var start = index
      while start > 0, mayBeCode(start - 1, units, classes),
        units[start].lines.lowerBound - units[start - 1].lines.upperBound <= 2
      {
        start -= 1
      }
      var end = index + 2
      while end < units.count, mayBeCode(end, units, classes),
        units[end].lines.lowerBound - units[end - 1].lines.upperBound <= 2
      {
        end += 1
      }
      let code = (start..<end).filter { line in
        isCodeLine(units[line].text) || isPromptLine(units[line].text)
      }
      if code.count >= codeBlockLines, 3 * code.count >= end - start {
        for line in start..<end { classes[line] = .code }
      }
      index = end
    }
  }

  /// Whether a line may be a line of a code block: a line of text that is no paragraph (no
  /// date, nor a line that another signal settled), or a paragraph that reads as code (a
  /// script's statement that runs on into a sentence in a string).
  private static func mayBeCode(_ index: Int, _ units: [Unit], _ classes: [LineClass]) -> Bool {
    switch classes[index] {
    case .short, .repeated, .fragment: return true
    case .prose, .sentence: return isCodeLine(units[index].text)
    default: return false
    }
  }

  /// Whether a line reads as code: a name right before an opening bracket ("len(data)"), an
  /// assignment or comparison between spaces (" = ", " == ", " += ", " -> ", " => "), a brace,
  /// a semicolon at the end, or a comment or prompt at the start ("#", "//", "$ ", ">>>").
  static func isCodeLine(_ line: String) -> Bool {
    line.utf8.withContiguousStorageIfAvailable(readsAsCode)
      ?? Array(line.utf8).withUnsafeBufferPointer(readsAsCode)
  }

  private static func readsAsCode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last, bytes.count <= maximumCodeLineLength
    else { return false }
    if first == 0x23 || last == 0x3B || last == 0x7B || first == 0x7D { return true }
    if bytes.starts(with: "//".utf8) || bytes.starts(with: "$ ".utf8)
      || bytes.starts(with: ">>>".utf8)
    {
      return true
    }
    // Most lines have none of the bytes the marks below need: passed over eight at a time.
    guard hasCodeMark(bytes) else { return false }
    var previous: UInt8 = 0x20
    var beforePrevious: UInt8 = 0x20
    for byte in bytes {
      switch byte {
      case 0x28:
        // A name (letters, digits or an underscore) right before the bracket.
        if ASCIIWord.isLetter(previous) || ASCIIWord.isDigit(previous) || previous == 0x5F {
          return true
        }
      case 0x7B, 0x7D: return true
      case 0x20:
        // " = ", " == ", " += ", " -> ", " => " and the like: an operator between spaces.
        if previous == 0x3D, isOperator(beforePrevious) { return true }
        if previous == 0x3E, beforePrevious == 0x2D || beforePrevious == 0x3D { return true }
      default: break
      }
      beforePrevious = previous
      previous = byte
    }
    return false
  }

  /// Whether a line opens with an interpreter's prompt ("> ", "% ") or its continuation mark.
  ///
  /// Alone, such a line is a quotation or an ellipsis as often, so it counts only inside a
  /// block.
  static func isPromptLine(_ line: String) -> Bool {
    let bytes = line.utf8
    guard let first = bytes.first, first == 0x3E || first == 0x2E || first == 0x25 else {
      return false
    }
    return bytes.starts(with: "> ".utf8) || bytes.starts(with: "% ".utf8)
      || bytes.starts(with: "... ".utf8) || bytes.elementsEqual("...".utf8)
  }

  /// Whether some bytes hold an opening bracket, a brace, "=" or ">": the bytes that the marks
  /// of code within a line have.
  private static func hasCodeMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index + 8 <= bytes.count {
      let word = ASCIIWord(bytes, at: index)
      // The tests are exact for ASCII only: other words are read a byte at a time.
      if word.isASCII {
        let marks =
          word.equal(to: 0x28) | word.equal(to: 0x7B) | word.equal(to: 0x7D)
          | word.equal(to: 0x3D) | word.equal(to: 0x3E)
        if marks != 0 { return true }
      } else if bytes[index..<(index + 8)].contains(where: isCodeMark) {
        return true
      }
      index += 8
    }
    return bytes[index...].contains(where: isCodeMark)
  }

  private static func isCodeMark(_ byte: UInt8) -> Bool {
    byte == 0x28 || byte == 0x7B || byte == 0x7D || byte == 0x3D || byte == 0x3E
  }

  /// Whether a byte may stand before "=" in an operator between spaces (" = ", " += ", " <= ").
  private static func isOperator(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x20, 0x3D, 0x2B, 0x2D, 0x2A, 0x2F, 0x21, 0x3C, 0x3E, 0x3A, 0x25, 0x7C, 0x26: return true
    default: return false
    }
  }
}
