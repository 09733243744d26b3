/// Structural signals of one line of text: length, sentence punctuation, timestamps, bullets.
///
/// These do the general work of telling article prose from page chrome, in every input format;
/// they look only at the line itself, and are cheap enough for pages of many megabytes.
struct LineSignals {
  /// The number of words (runs of non-space characters).
  let words: Int
  /// Whether the line ends like a sentence (full stop, question or exclamation mark, possibly
  /// followed by closing quotes or brackets).
  let endsSentence: Bool
  /// Whether the line contains a lowercase letter (titles and menus in capitals do not).
  let hasLowercase: Bool
  /// Whether the line has a letter of a script written without spaces (Chinese, Japanese, Thai):
  /// word counts say little there, so length in characters stands in for them.
  let unspacedScript: Bool
  /// The length in Unicode scalars.
  let length: Int
  /// Whether the line has an ASCII digit (dates and times do).
  let hasDigit: Bool
  /// Whether the line has a bar, `|` (the separator of dates in a story's header, and of menus).
  let hasBar: Bool
  /// Whether the line has an asterisk, `*` (a bullet, as text browsers print list items).
  let hasAsterisk: Bool
  /// Whether the line has a middle dot, a bullet or a small square (`·`, `•`, `▪`): with `*`
  /// and `|`, the markers that sites and text browsers set between items packed into a line.
  let hasBulletMark: Bool
  /// Whether the line is all ASCII.
  let isASCII: Bool

  init(_ line: String) {
    let counts =
      line.utf8.withContiguousStorageIfAvailable(Self.count)
      ?? Array(line.utf8).withUnsafeBufferPointer(Self.count)
    let (words, hasLowercase, unspaced, length, marks) = counts
    var lastSignificant: Unicode.Scalar = " "
    if let last = line.utf8.last, last < 0x80, !Self.isCloser(Unicode.Scalar(last)) {
      // Most lines end with an ASCII letter or stop: no need to step back over scalars.
      lastSignificant = Unicode.Scalar(last)
    } else if let stop = Self.stopBeforeNote(line.utf8) {
      lastSignificant = Unicode.Scalar(stop)
    } else {
      for scalar in line.unicodeScalars.reversed() where !Self.isCloser(scalar) {
        lastSignificant = scalar
        break
      }
    }
    self.words = words
    self.hasLowercase = hasLowercase || unspaced > 0
    self.unspacedScript = unspaced * 2 > length
    self.length = length
    self.hasDigit = marks.digit
    self.hasBar = marks.bar
    self.hasAsterisk = marks.asterisk
    self.hasBulletMark = marks.bullet
    self.isASCII = marks.ascii
    self.endsSentence = Self.isTerminal(lastSignificant)
  }

  /// Counts words, scalars and letters of UTF-8 bytes (ASCII directly, other characters
  /// decoded for their properties), and notes digits, bars, asterisks and other bytes than
  /// ASCII on the way.
  private static func count(
    _ bytes: UnsafeBufferPointer<UInt8>
  ) -> (
    words: Int, hasLowercase: Bool, unspaced: Int, length: Int,
    marks: (digit: Bool, bar: Bool, asterisk: Bool, bullet: Bool, ascii: Bool)
  ) {
    var words = 0
    var inWord = false
    var hasLowercase = false
    var unspaced = 0
    var length = 0
    var marks = (digit: false, bar: false, asterisk: false, bullet: false, ascii: true)
    var decoder = UTF8Accumulator()
    var index = 0
    while index < bytes.count {
      // Eight bytes of ASCII at once: most of a dump is.
      if !decoder.isPending, index + 8 <= bytes.count {
        let word = ASCIIWord(bytes, at: index)
        if word.isASCII {
          let spaces = word.equal(to: 0x20)
          let others = ~spaces & 0x8080_8080_8080_8080
          // A word starts at a byte that is no space after a space (or after the last word).
          let afterSpace = spaces << 8 | (inWord ? 0 : ASCIIWord.firstByte)
          words += ASCIIWord.count(others & afterSpace)
          inWord = others & ASCIIWord.lastByte != 0
          // A mark once seen is not looked for again.
          if !hasLowercase, word.within(0x61, 0x7A) != 0 { hasLowercase = true }
          if !marks.digit, word.within(0x30, 0x39) != 0 { marks.digit = true }
          if !marks.bar, word.equal(to: 0x7C) != 0 { marks.bar = true }
          if !marks.asterisk, word.equal(to: 0x2A) != 0 { marks.asterisk = true }
          length += 8
          index += 8
          continue
        }
      }
      let byte = bytes[index]
      index += 1
      if decoder.isPending {
        guard let scalar = decoder.add(byte) else { continue }
        if Self.isPunctuation(scalar) {
          // Curly quotes and dashes, the most common characters beyond ASCII in English text:
          // no letters, so their properties are not looked up.
          if scalar == "•" { marks.bullet = true }
        } else if scalar.properties.isLowercase {
          hasLowercase = true
        } else if isUnspaced(scalar) {
          unspaced += 1
        } else if scalar == "·" || scalar == "▪" {
          marks.bullet = true
        }
        continue
      }
      length += 1
      if byte == 0x20 {
        inWord = false
        continue
      }
      if !inWord {
        words += 1
        inWord = true
      }
      switch byte {
      case 0x61...0x7A: hasLowercase = true
      case 0x30...0x39: marks.digit = true
      case 0x7C: marks.bar = true
      case 0x2A: marks.asterisk = true
      case 0x80...:
        marks.ascii = false
        decoder.start(byte)
      default: break
      }
    }
    return (words, hasLowercase, unspaced, length, marks)
  }

  /// Words, or for unspaced scripts a word-like count from the number of characters.
  var effectiveWords: Int {
    unspacedScript ? max(words, length / 2) : words
  }

  /// Whether the line reads as article prose: a sentence of some length, or a long line.
  var isProse: Bool {
    let count = effectiveWords
    return hasLowercase && ((count >= 8 && endsSentence) || count >= 16)
  }

  /// Whether the line is a short sentence, such as "This is our answer".
  var isShortSentence: Bool {
    hasLowercase && endsSentence && effectiveWords >= 3
  }

  /// The longest note in brackets after a sentence's stop, in bytes.
  static let noteLength = 80

  /// The stop before a note in brackets that ends a line, if one stands there: a text browser
  /// glues an image's name to the sentence before it ("fragrant.[DSC_0511]", as w3m prints an
  /// image), and a reference mark follows its sentence ("in 1998.[2]", "in 1998.^[2]").
  ///
  /// Reads at most ``noteLength`` bytes back from a closing bracket: most lines end otherwise.
  private static func stopBeforeNote(_ bytes: String.UTF8View) -> UInt8? {
    guard bytes.last == 0x5D,
      let open = bytes.suffix(noteLength).lastIndex(of: 0x5B), open > bytes.startIndex
    else { return nil }
    var before = bytes.index(before: open)
    // lynx marks a reference with a caret.
    if bytes[before] == 0x5E, before > bytes.startIndex { before = bytes.index(before: before) }
    switch bytes[before] {
    case 0x2E, 0x21, 0x3F: return bytes[before]
    default: return nil
    }
  }

  /// Whether a scalar closes a sentence after its punctuation (a quote, a bracket, emphasis).
  ///
  /// A `switch`, not a set: it is asked about the end of every line of a page.
  private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", "”", "’", "»", ")", "]", "*", "_": return true
    default: return false
    }
  }

  /// Whether a scalar ends a sentence (or a clause that a line may end with).
  private static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", "…", "。", "！", "？", "।", "؟", ":", ";": return true
    default: return false
    }
  }

  /// Whether a scalar is in the General Punctuation block (U+2000 to U+206F: spaces, dashes,
  /// quotes, bullets), which holds no letter.
  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x2000 && scalar.value <= 0x206F
  }

  private static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x0E00...0x0E7F:
      return true
    default: return false
    }
  }
}
