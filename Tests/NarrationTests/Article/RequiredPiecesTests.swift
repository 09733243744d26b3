import Testing

@testable import Narration

/// A pattern's required pieces, searched for in one pass, say what a search for each clause
/// in turn says.
@Suite struct RequiredPiecesTests {
  @Test func aLineMeetsABranchWhenItHoldsAPieceOfEachOfItsClauses() {
    var random = ASCIIWordTests.Seeded(state: 47)
    let alphabet = Array("abcd e".utf8)
    func piece() -> String {
      String(
        decoding: (0..<Int.random(in: 1..<4, using: &random)).map { _ in
          alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
        }, as: UTF8.self)
    }
    var met = 0
    for round in 0..<3_000 {
      // Up to five branches of up to four clauses of up to three pieces; a clause without
      // pieces (no line can meet it) and a branch without clauses (every line does) occur.
      let branches: [PatternLiterals.Branch] = (0..<Int.random(in: 1...5, using: &random)).map {
        _ in
        (0..<Int.random(in: 0...4, using: &random)).map { _ in
          (0..<Int.random(in: 0...3, using: &random)).map { _ in piece() }
        }
      }
      let line = String(
        decoding: (0..<Int.random(in: 0..<30, using: &random)).map { _ in
          alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
        }, as: UTF8.self)
      let plain = branches.contains { clauses in
        clauses.allSatisfy { pieces in pieces.contains { line.contains($0) } }
      }
      #expect(RequiredPieces(branches).met(by: line) == plain, "\(round): \(branches) in \(line)")
      if plain { met += 1 }
    }
    #expect(met > 300 && met < 2_700, "\(met)")
  }

  @Test func clausesPastTheSixtyFourthAreNotRequired() {
    // Seventy clauses in one branch: the first 64 are checked, the rest let any line through.
    let clauses = (0..<70).map { ["w\($0 + 10)"] }
    let firstSixtyFour = clauses.prefix(64).map { $0[0] }.joined(separator: " ")
    #expect(RequiredPieces([clauses]).met(by: firstSixtyFour))
    #expect(!RequiredPieces([clauses]).met(by: clauses.prefix(63).map { $0[0] }.joined()))
    #expect(RequiredPieces([[["ferry"]], clauses]).met(by: "the ferry"))
  }
}
