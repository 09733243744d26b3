/// Splits a long paragraph at sentence boundaries into pieces of bounded length.
///
/// Sentences are packed greedily into pieces of at most ``maxLength`` characters, so progress
/// and timing marks stay fine-grained; a single sentence longer than that is cut at a clause
/// boundary (`;`, `:`, `,`, dash), or failing that at a space. A period after an abbreviation
/// ("Dec.", "Mr."), an initial ("J.") or before a lowercase word or a digit is not a boundary.
public struct SentenceSplitter: Sendable, Hashable {
  /// The longest piece, in characters (a single word longer than this is kept whole).
  public var maxLength: Int
  /// Written abbreviations with their period ("Dr.", "Dec."), after which no sentence ends.
  public var abbreviations: Set<String>

  /// Creates a splitter.
  public init(maxLength: Int = 300, abbreviations: Set<String> = []) {
    self.maxLength = max(40, maxLength)
    self.abbreviations = Set(abbreviations.map { $0.lowercased() })
  }

  /// The text's pieces, in order; joined with single spaces they give the text back (with its
  /// whitespace runs collapsed).
  public func pieces(_ text: String) -> [String] {
    let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    guard !words.isEmpty else { return [] }
    let sentences = self.sentences(words)
    var pieces: [String] = []
    var current = ""
    for sentence in sentences.flatMap(cut) {
      if current.isEmpty {
        current = sentence
      } else if current.count + 1 + sentence.count <= maxLength {
        current += " " + sentence
      } else {
        pieces.append(current)
        current = sentence
      }
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
  }

  /// The sentences of a paragraph given as words.
  func sentences(_ words: [String]) -> [String] {
    var sentences: [String] = []
    var current: [String] = []
    for (index, word) in words.enumerated() {
      current.append(word)
      let next = index + 1 < words.count ? words[index + 1] : nil
      if let next, endsSentence(word, before: next) {
        sentences.append(current.joined(separator: " "))
        current = []
      }
    }
    if !current.isEmpty { sentences.append(current.joined(separator: " ")) }
    return sentences
  }

  private func endsSentence(_ word: String, before next: String) -> Bool {
    let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]", "»"]
    let core = word.reversed().drop { closers.contains($0) }
    guard let mark = core.first, ".!?…".contains(mark) else { return false }
    let bare = String(core.reversed())
    if mark == "." {
      if abbreviations.contains(bare.lowercased()) { return false }
      let letters = bare.dropLast().filter(\.isLetter)
      // "J." (an initial) and "U.S." (dotted letters) are not sentence ends.
      if letters.count == 1 || bare.dropLast().contains(".") { return false }
    }
    let openers: Set<Character> = ["\"", "“", "‘", "'", "(", "[", "«"]
    guard let first = next.drop(while: { openers.contains($0) }).first else { return false }
    return first.isUppercase
  }

  /// A sentence cut into parts that fit, at clause boundaries where possible.
  private func cut(_ sentence: String) -> [String] {
    guard sentence.count > maxLength else { return [sentence] }
    let words = sentence.split(separator: " ").map(String.init)
    var parts: [String] = []
    var current: [String] = []
    var length = 0
    var lastClause: Int?
    for word in words {
      if length > 0, length + 1 + word.count > maxLength {
        let split = lastClause ?? current.count
        parts.append(current[..<split].joined(separator: " "))
        current = Array(current[split...])
        length = current.joined(separator: " ").count
        lastClause = nil
      }
      current.append(word)
      length += (length > 0 ? 1 : 0) + word.count
      if let last = word.last, ";:,—–".contains(last) || word == "-" {
        lastClause = current.count
      }
    }
    if !current.isEmpty { parts.append(current.joined(separator: " ")) }
    return parts.filter { !$0.isEmpty }
  }
}
