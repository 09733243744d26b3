/// Finds the article's headline in a page dump: the line that repeats the page's title.
///
/// A dump starts with the page's `<title>`, which is the headline with the site's name around it
/// ("Headline | Site", "Site: Headline"). The headline is the later line that repeats the title,
/// or the longest part of it between separators, in at least ``minimumWords`` words (a shorter
/// part is the site's name in its logo or menu). The article's body starts soon after its
/// headline, which makes it a strong signal where the story is short and the page around it long.
enum PageHeadline {
  /// The least words of a repeated part of the title (the site's name is often two or three).
  static let minimumWords = 4

  /// The longest title (in UTF-8 bytes) looked for again: a longer first line is no title.
  static let maximumTitleLength = 300

  /// What separates the headline from the site's name and section in a page title
  /// (`Rules/titles.yml`, shared with the HTML cleaner).
  static let separators = TitleSeparators.bundled

  /// The bytes a separator may start with, to skip the separators' comparison elsewhere.
  static let separatorStarts = FirstBytes(separators)

  /// The index of the headline among `lines`, or `nil` when no line repeats enough of the title.
  ///
  /// The first non-empty line is the title; of the lines repeating its longest part, the first
  /// wins. Case is ignored in ASCII letters: pages often set their headline in capitals.
  static func find(_ lines: [String]) -> Int? {
    guard let first = lines.firstIndex(where: { !$0.isEmpty }),
      lines[first].utf8.count <= maximumTitleLength
    else { return nil }
    let parts = parts(of: lines[first])
    guard !parts.isEmpty else { return nil }
    var words: [UInt64: Int] = [:]
    var lengths: Set<Int> = []
    for part in parts {
      words[foldedHash(part.text.utf8)] = part.words
      lengths.insert(part.text.utf8.count)
    }
    var best: (index: Int, words: Int)?
    for index in (first + 1)..<lines.count where lengths.contains(lines[index].utf8.count) {
      guard let count = words[foldedHash(lines[index].utf8)], count > best?.words ?? 0 else {
        continue
      }
      best = (index, count)
    }
    return best?.index
  }

  /// ``RuleMatcher/hash(_:)`` of the bytes with ASCII capitals made small.
  static func foldedHash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    RuleMatcher.hash(bytes.lazy.map(ASCIIWord.lowercased))
  }

  /// The parts of a title between separators, each run of neighbouring pieces (the whole title
  /// too), that have at least ``minimumWords`` words.
  static func parts(of title: String) -> [(text: Substring, words: Int)] {
    // The pieces' bounds: where each piece starts and where it ends, in order.
    var bounds: [(start: String.Index, end: String.Index)] = []
    let utf8 = title.utf8
    var start = title.startIndex
    var index = title.startIndex
    while index < title.endIndex {
      let byte = utf8[index]
      let next = utf8.index(after: index)
      // A separator is compared by its bytes first (cheap, and the title must write it in the
      // same bytes), then by its characters: it must not end inside a character (a combining
      // accent after its space).
      if index > start, separatorStarts.mayStart(byte),
        let separator = separators.first(where: {
          utf8[index...].starts(with: $0.utf8) && title[index...].hasPrefix($0)
        })
      {
        bounds.append((start, index))
        index = title.index(index, offsetBy: separator.count)
        start = index
      } else if byte < 0x80, byte != 0x0D, next == title.endIndex || utf8[next] < 0x80 {
        // An ASCII byte before another is a whole character (but a carriage return, which a
        // line feed after it joins).
        index = next
      } else {
        index = title.index(after: index)
      }
    }
    if start < title.endIndex { bounds.append((start, title.endIndex)) }
    var parts: [(text: Substring, words: Int)] = []
    for low in bounds.indices {
      for high in low..<bounds.count {
        let text = title[bounds[low].start..<bounds[high].end]
        let words = wordCount(text)
        if words >= minimumWords { parts.append((text, words)) }
      }
    }
    return parts
  }

  /// How many words a text has between spaces, as `text.split(separator: " ").count` counts them.
  static func wordCount(_ text: Substring) -> Int {
    // A space of an ASCII text is a character of its own; otherwise a combining mark may join it.
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").count }
    var (words, inWord) = (0, false)
    for byte in text.utf8 {
      if byte == 0x20 {
        inWord = false
      } else if !inWord {
        (words, inWord) = (words + 1, true)
      }
    }
    return words
  }

  /// The first bytes of a set of strings, to tell at a character's first byte that none of
  /// them can start there.
  ///
  /// Exact for strings whose first character is one ASCII scalar: a character of text equals
  /// it (canonically) only when it is that very scalar, so its first byte is that byte. When
  /// some string starts otherwise (a letter with an accent may be written as two scalars), it
  /// rules nothing out.
  struct FirstBytes: Sendable {
    /// One bit an ASCII byte: bytes 0 to 63 in `low`, 64 to 127 in `high`.
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Whether every byte may start one of the strings.
    private var rulesOutNothing = false

    init(_ strings: [String]) {
      for string in strings {
        guard let first = string.first, first.unicodeScalars.count == 1,
          let byte = first.utf8.first, byte < 0x80
        else {
          rulesOutNothing = true
          return
        }
        if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
      }
    }

    /// Whether one of the strings may start at a character whose first byte is `byte`.
    func mayStart(_ byte: UInt8) -> Bool {
      if rulesOutNothing { return true }
      if byte < 64 { return low & (1 << UInt64(byte)) != 0 }
      return byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }
  }
}
