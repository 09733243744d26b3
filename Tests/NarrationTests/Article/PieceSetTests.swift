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

  @Test func longPiecesAreFoundWholeAndNearMissesAreNot() {
    // Pieces longer than the eight bytes compared at once, cut out of the text itself or the
    // same with one byte changed, anywhere in it (near its end too, where fewer than eight
    // bytes remain after a piece's start).
    var random = ASCIIWordTests.Seeded(state: 43)
    let alphabet = Array("abcab é’".utf8)
    var found = 0
    for round in 0..<3_000 {
      let text = (0..<Int.random(in: 6..<48, using: &random)).map { _ in
        alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
      }
      let pieces = (0..<Int.random(in: 1..<4, using: &random)).map { _ in
        let count = Int.random(in: 1...min(14, text.count), using: &random)
        let start = Int.random(in: 0...(text.count - count), using: &random)
        var piece = Array(text[start..<(start + count)])
        if Bool.random(using: &random) {
          piece[Int.random(in: 0..<count, using: &random)] ^= 0x01
        }
        return piece
      }
      let line = String(decoding: text, as: UTF8.self)
      let plain = pieces.contains { RuleMatcher.contains(line, $0) }
      #expect(PieceSet(pieces).found(in: line) == plain, "\(round): \(pieces) in \(line)")
      if plain { found += 1 }
    }
    #expect(found > 300 && found < 2_700, "\(found)")
  }
}
