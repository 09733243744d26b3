/// Finds the words of a text, runs of word characters, as ranges of its UTF-8 bytes: ASCII is
/// read byte by byte, and only other characters through the string's grapheme breaking.
///
/// Between two ASCII bytes a character always ends, but for a carriage return before a line
/// feed, which is one character (and never part of a word). So a byte below 0x80 followed by
/// another is a whole character, and only where a byte of more than ASCII follows is a
/// character read as a character: the words are those of a split by characters, at a fraction
/// of its cost on text that is mostly ASCII.
enum WordRuns {
  /// Calls `body` with the UTF-8 bytes of `text` and the range of each word in its first
  /// `characterLimit` characters, in order, until `body` returns false.
  ///
  /// `isWordByte` tells a character of one ASCII byte (it must not take a carriage return);
  /// `isWordCharacter` tells any other character.
  ///
  /// Inlined, so that the closures each caller gives are inlined into the loop over the bytes.
  @inline(__always)
  static func forEach(
    in text: String, characterLimit: Int = .max, isWordByte: (UInt8) -> Bool,
    isWordCharacter: (Character) -> Bool,
    body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Bool
  ) {
    var contiguous = text
    contiguous.withUTF8 { bytes in
      let end = bytes.count
      var offset = 0
      var characters = 0
      var wordStart: Int?
      while offset < end, characters < characterLimit {
        let byte = bytes[offset]
        var next = offset + 1
        let inWord: Bool
        if byte < 0x80, next == end || bytes[next] < 0x80 {
          if byte == 0x0D, next < end, bytes[next] == 0x0A { next += 1 }
          inWord = isWordByte(byte)
        } else {
          let index = text.utf8.index(text.startIndex, offsetBy: offset)
          next = text.utf8.distance(from: text.startIndex, to: text.index(after: index))
          inWord = isWordCharacter(text[index])
        }
        characters += 1
        if inWord {
          if wordStart == nil { wordStart = offset }
        } else if let start = wordStart {
          wordStart = nil
          guard body(bytes, start..<offset) else { return }
        }
        offset = next
      }
      if let start = wordStart { _ = body(bytes, start..<offset) }
    }
  }
}
