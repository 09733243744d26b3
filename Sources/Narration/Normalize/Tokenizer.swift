/// Splits text into ``Token``s without losing a character, so joining them gives the text back.
///
/// Words are runs of letters (with combining marks and inner apostrophes), numbers are runs of
/// ASCII digits, white space is kept in runs, and every other character is a token of its own.
enum Tokenizer {
  static func tokens(_ text: String) -> [Token] {
    let scalars = text.unicodeScalars
    var result: [Token] = []
    result.reserveCapacity(text.utf8.count / 3 + 1)
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let start = index
      let scalar = scalars[index]
      let kind: Token.Kind
      scalars.formIndex(after: &index)
      if isLetter(scalar) {
        kind = .word
        while index < scalars.endIndex {
          let next = scalars[index]
          if isLetter(next) || isMark(next) {
            scalars.formIndex(after: &index)
          } else if next == "'" || next == "\u{2019}" {
            let after = scalars.index(after: index)
            guard after < scalars.endIndex, isLetter(scalars[after]) else { break }
            index = scalars.index(after: after)
          } else {
            break
          }
        }
      } else if isDigit(scalar) {
        kind = .number
        while index < scalars.endIndex, isDigit(scalars[index]) { scalars.formIndex(after: &index) }
      } else if isSpace(scalar) {
        kind = .space
        while index < scalars.endIndex, isSpace(scalars[index]) {
          scalars.formIndex(after: &index)
        }
      } else {
        kind = .mark
        // Keep combining marks and variation selectors with the character they modify.
        while index < scalars.endIndex, isMark(scalars[index]) { scalars.formIndex(after: &index) }
      }
      result.append(Token(kind: kind, text: String(scalars[start..<index])))
    }
    return result
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value | 0x20
      return value >= 0x61 && value <= 0x7A
    }
    return scalar.properties.isAlphabetic && !isMark(scalar)
      && scalar.properties.numericType == nil
  }

  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return scalar.properties.isVariationSelector || scalar.value == 0x200D
    }
  }
}
