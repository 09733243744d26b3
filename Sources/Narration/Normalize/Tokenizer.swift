/// Splits text into ``Token``s: runs of letters, runs of digits (with separators), and single marks.
enum Tokenizer {
  static func tokens(_ text: String) -> [Token] {
    var result: [Token] = []
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let start = index
      let kind: Token.Kind
      if character.isLetter {
        kind = .word
        while index < text.endIndex, text[index].isLetter || text[index] == "'" {
          text.formIndex(after: &index)
        }
      } else if character.isASCII, character.isNumber {
        kind = .number
        while index < text.endIndex {
          let c = text[index]
          if c.isASCII, c.isNumber {
            text.formIndex(after: &index)
          } else if c == "," || c == ".",
            let next = text.index(index, offsetBy: 1, limitedBy: text.endIndex),
            next < text.endIndex, text[next].isASCII, text[next].isNumber
          {
            text.formIndex(after: &index)
          } else {
            break
          }
        }
      } else if character.isWhitespace {
        kind = .space
        while index < text.endIndex, text[index].isWhitespace { text.formIndex(after: &index) }
      } else if character.isPunctuation {
        kind = .punctuation
        text.formIndex(after: &index)
      } else {
        kind = .symbol
        text.formIndex(after: &index)
      }
      result.append(Token(kind: kind, text: String(text[start..<index])))
    }
    return result
  }
}
