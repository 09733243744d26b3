/// The article text a page states in its metadata (JSON-LD `articleBody`), used to check and
/// guide what the HTML cleaner takes from the page's structure.
///
/// Compared word by word (lowercased runs of letters and digits, as a set), so that markup,
/// spacing and punctuation differences between the metadata and the page do not matter.
struct ReferenceText {
  /// The text as the metadata gives it.
  let text: String
  /// The source line of the metadata script.
  let line: Int
  /// The distinct words of the text.
  let words: Set<Substring>
  /// The number of words, repeats included.
  let count: Int
  /// The first and last few words, to tell whether a block holds the start or the end.
  let head: [Substring]
  let tail: [Substring]

  /// The fewest words a reference must have to be believed.
  static let minimumWords = 60

  /// A reference from metadata text, or nil when it is too short to tell anything.
  init?(_ text: String, line: Int) {
    let all = Self.words(of: text)
    guard all.count >= Self.minimumWords else { return nil }
    self.text = text
    self.line = line
    self.words = Set(all)
    self.count = all.count
    self.head = Array(all.prefix(6))
    self.tail = Array(all.suffix(6))
  }

  /// The lowercased words of a text.
  static func words(of text: String) -> [Substring] {
    var words: [Substring] = []
    forEachWord(of: text) { lowered, _, word in
      let start = lowered.utf8.index(lowered.startIndex, offsetBy: word.lowerBound)
      words.append(lowered[start..<lowered.utf8.index(start, offsetBy: word.count)])
    }
    return words
  }

  /// Calls `body` with each word of a text, a run of letters and digits: the text in
  /// lowercase, its UTF-8 bytes, and the word's range in them.
  ///
  /// Inlined, so that each caller's `body` is inlined into the loop over the bytes.
  @inline(__always)
  static func forEachWord(
    of text: String, _ body: (String, UnsafeBufferPointer<UInt8>, Range<Int>) -> Void
  ) {
    // The rules' lowercasing equals `String.lowercased()` and reads ASCII a byte at a time.
    let lowered = RuleMatcher.lowercased(text).text
    WordRuns.forEach(
      in: lowered, isWordByte: { ASCIIWord.isLetter($0) || ASCIIWord.isDigit($0) },
      isWordCharacter: { $0.isLetter || $0.isNumber },
      body: { bytes, word in
        body(lowered, bytes, word)
        return true
      })
  }

  /// The share of the reference's distinct words that occur in a text.
  func coverage(of text: String) -> Double {
    let found = Set(Self.words(of: text)).intersection(words)
    return Double(found.count) / Double(max(1, words.count))
  }

  /// The share of a block's words that occur in the reference (1 for a block without words).
  func share(of text: String) -> Double {
    let blockWords = Self.words(of: text)
    guard !blockWords.isEmpty else { return 1 }
    let found = blockWords.reduce(0) { $0 + (words.contains($1) ? 1 : 0) }
    return Double(found) / Double(blockWords.count)
  }

  /// Whether a text contains the reference's first words (`start`) or last words.
  func holdsEdge(_ text: String, start: Bool) -> Bool {
    let edge = start ? head : tail
    let blockWords = Self.words(of: text)
    guard blockWords.count >= edge.count else { return false }
    let needle = Array(edge)
    var index = 0
    while index + needle.count <= blockWords.count {
      if blockWords[index..<(index + needle.count)].elementsEqual(needle) { return true }
      index += 1
    }
    return false
  }
}
