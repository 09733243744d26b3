import Testing

@testable import Narration

/// Many pieces searched for at once find what searching for each in turn finds.
@Suite struct PieceSetTests {
  @Test func aTextHoldsAPieceOfTheSetWhenASearchForEachFindsOne() {
    var random = ASCIIWordTests.Seeded(state: 41)
    let alphabet = Array("abcde é’|".utf8)
    func bytes(_ count: Int) -> [UInt8] {
      (0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
    }
    var found = 0
    for round in 0..<3_000 {
      let pieces = (0..<Int.random(in: 0..<8, using: &random)).map { _ in
        bytes(Int.random(in: 1..<6, using: &random))
      }
      // Bytes cut anywhere: a broken character is repaired, and both searches read the result.
      let text = String(decoding: bytes(Int.random(in: 0..<40, using: &random)), as: UTF8.self)
      let plain = pieces.contains { RuleMatcher.contains(text, $0) }
      #expect(PieceSet(pieces).found(in: text) == plain, "\(round): \(pieces) in \(text)")
      if plain { found += 1 }
    }
    // Both answers occur, so the comparison tells something.
    #expect(found > 300 && found < 2_700, "\(found)")
    #expect(PieceSet([[]]).found(in: ""))
    #expect(!PieceSet([]).found(in: "anything"))
    #expect(
      PieceSet([Array("sign up".utf8), Array("newsletter".utf8)]).found(in: "our newsletter"))
  }
}
