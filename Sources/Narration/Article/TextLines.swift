/// Splits text into trimmed lines the way every cleaner wants them.
///
/// Handles CRLF, CR and LF endings (mixed too), turns non-breaking and other Unicode spaces into
/// plain spaces, removes zero-width characters and soft hyphens, and collapses runs of spaces.
/// Works on UTF-8 bytes so that page dumps of many megabytes split quickly.
enum TextLines {
  static func split(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { split(bytes: $0) }
  }

  /// Tidies one piece of text (such as an HTML text node) into a single line.
  static func tidy(_ text: String) -> String {
    split(text).filter { !$0.isEmpty }.joined(separator: " ")
  }

  private static func split(bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var lines: [String] = []
    // One allocation for the whole array instead of a copy each time it grows.
    var breaks = 0
    for byte in bytes where byte == 0x0A { breaks += 1 }
    lines.reserveCapacity(breaks + 1)
    var current: [UInt8] = []
    current.reserveCapacity(256)
    var pendingSpace = false
    var index = 0
    let count = bytes.count

    func finishLine() {
      lines.append(String(decoding: current, as: UTF8.self))
      current.removeAll(keepingCapacity: true)
      pendingSpace = false
    }
    func space() {
      if !current.isEmpty { pendingSpace = true }
    }
    func append(_ slice: Range<Int>) {
      if pendingSpace {
        current.append(0x20)
        pendingSpace = false
      }
      current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[slice]))
    }

    while index < count {
      // Fast path: a whole line that needs no tidying becomes a string without a copy.
      if current.isEmpty, !pendingSpace, let end = cleanLineEnd(bytes, from: index) {
        lines.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))
        index = end + ((bytes[end] == 0x0D && end + 1 < count && bytes[end + 1] == 0x0A) ? 2 : 1)
        continue
      }
      let byte = bytes[index]
      switch byte {
      case 0x0A:
        finishLine()
        index += 1
      case 0x0D:
        finishLine()
        index += (index + 1 < count && bytes[index + 1] == 0x0A) ? 2 : 1
      case 0x00...0x09, 0x0B, 0x0C, 0x0E...0x20, 0x7F:
        space()
        index += 1
      case 0x21..<0x7F:
        // Fast path: copy a run of printable ASCII at once.
        var end = index + 1
        while end < count, bytes[end] > 0x20, bytes[end] < 0x7F { end += 1 }
        append(index..<end)
        index = end
      default:
        let length = sequenceLength(byte)
        let end = min(index + length, count)
        switch classify(bytes, index, end) {
        case .space: space()
        case .invisible: break
        case .lineBreak: finishLine()
        case .keep: append(index..<end)
        }
        index = end
      }
    }
    finishLine()
    return lines
  }

  /// Where the line starting at `start` ends (at its CR or LF), when the line is already tidy.
  ///
  /// Tidy is no space at either end or twice in a row, no control or invisible character and no
  /// Unicode space. `nil` for other lines, and for a last line without a line break.
  private static func cleanLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    let count = bytes.count
    var index = start
    var afterSpace = true
    while index < count {
      // Eight bytes of printable ASCII at once, with no space after another.
      if index + 8 <= count {
        let word = ASCIIWord(bytes, at: index)
        if word.isASCII, word.atLeast(0x20) == 0x8080_8080_8080_8080, word.equal(to: 0x7F) == 0 {
          let spaces = word.equal(to: 0x20)
          let spaceBefore = spaces << 8 | (afterSpace ? ASCIIWord.firstByte : 0)
          if spaces & spaceBefore != 0 { return nil }
          afterSpace = spaces & ASCIIWord.lastByte != 0
          index += 8
          continue
        }
      }
      let byte = bytes[index]
      switch byte {
      case 0x0A, 0x0D:
        return afterSpace && index > start ? nil : index
      case 0x20:
        if afterSpace { return nil }
        afterSpace = true
        index += 1
      case 0x21..<0x7F:
        afterSpace = false
        index += 1
      case 0x00..<0x20, 0x7F:
        return nil
      default:
        let end = min(index + sequenceLength(byte), count)
        guard classify(bytes, index, end) == .keep else { return nil }
        afterSpace = false
        index = end
      }
    }
    return nil
  }

  private enum ScalarClass { case keep, space, invisible, lineBreak }

  private static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xC0..<0xE0: return 2
    case 0xE0..<0xF0: return 3
    case 0xF0..<0xF8: return 4
    default: return 1
    }
  }

  /// Sorts the multi-byte characters that matter: Unicode spaces, invisible marks, line separators.
  private static func classify(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> ScalarClass {
    let length = end - start
    if length == 2 {
      let second = bytes[start + 1]
      if bytes[start] == 0xC2 {
        if second == 0xA0 || second == 0x85 { return second == 0x85 ? .lineBreak : .space }
        if second == 0xAD { return .invisible }
        if second < 0xA0 { return .space }  // C1 controls
      }
      return .keep
    }
    guard length == 3 else { return .keep }
    let (b0, b1, b2) = (bytes[start], bytes[start + 1], bytes[start + 2])
    switch (b0, b1) {
    case (0xE2, 0x80):
      switch b2 {
      case 0x80...0x8A, 0xAF: return .space
      case 0x8B...0x8F: return .invisible  // zero-width space, joiners, direction marks
      case 0xA8, 0xA9: return .lineBreak
      case 0xAA...0xAE: return .invisible  // bidirectional embedding controls
      default: return .keep
      }
    case (0xE2, 0x81):
      if b2 == 0x9F { return .space }
      if (0xA0...0xAF).contains(b2) { return .invisible }  // word joiner, invisible operators
      return .keep
    case (0xE1, 0x9A): return b2 == 0x80 ? .space : .keep
    case (0xE3, 0x80): return b2 == 0x80 ? .space : .keep
    case (0xEF, 0xBB): return b2 == 0xBF ? .invisible : .keep
    default: return .keep
    }
  }
}
