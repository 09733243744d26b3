import Testing

@testable import Narration

/// A token breaks the line exactly where `Character.isNewline` finds a line break in it.
@Test func tokensBreakLinesWhereCharactersDo() {
  // Every run of space the tokenizer can make from one or two white-space characters.
  let spaces = (0..<0x3100).compactMap(Unicode.Scalar.init).filter(Tokenizer.isSpace)
  var runs = spaces.map { String(Character($0)) }
  for first in spaces { runs += spaces.map { String(first) + String($0) } }
  for run in runs {
    let tokens = Tokenizer.tokens(run)
    #expect(tokens.count == 1 && tokens[0].kind == .space)
    let differs = tokens.contains { $0.breaksLine != $0.text.contains(where: \.isNewline) }
    if differs { Issue.record("\(run.unicodeScalars.map(\.value))") }
  }
  #expect(Tokenizer.tokens("a\r\nb")[1].breaksLine)
  #expect(!Tokenizer.tokens("a \u{A0}b")[1].breaksLine)
}
