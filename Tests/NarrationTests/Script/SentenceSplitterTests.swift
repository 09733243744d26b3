import Testing

@testable import Narration

/// Sentence boundaries and piece sizes.
@Suite struct SentenceSplitterTests {
  static let splitter = SentenceSplitter(maxLength: 60, abbreviations: ["Dr.", "Dec.", "Mr."])

  @Test(arguments: [
    ("Talks began on Dec. 4 in Brussels. They ended late.", 2),
    ("Mr. Umerov met Dr. Jones at noon. Then he left.", 2),
    ("The U.S. Army and J. Smith agreed. Both signed.", 2),
    ("\u{201C}It is over.\u{201D} She left. (Nobody stayed.) Fine!", 4),
    ("It costs 4.5 million. prices rose.", 1),
  ])
  func findsSentenceEnds(_ text: String, _ count: Int) {
    let words = text.split(separator: " ").map(String.init)
    #expect(Self.splitter.sentences(words).count == count, "\(Self.splitter.sentences(words))")
  }

  @Test func piecesAreBoundedAndLoseNothing() {
    let text =
      String(
        repeating: "The ferry runs late tonight, and the office says so. ", count: 6)
      + "A single sentence that goes on and on without any full stop at all, past the limit, "
      + "and keeps going; it has clauses, which is where it is cut"
    let pieces = Self.splitter.pieces(text)
    #expect(pieces.count > 6)
    for piece in pieces { #expect(piece.count <= 60, "\(piece)") }
    #expect(pieces.joined(separator: " ") == text.split(separator: " ").joined(separator: " "))
  }
}
