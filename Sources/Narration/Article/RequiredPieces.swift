/// The pieces of text that every match of a rule's pattern holds (see ``PatternLiterals``),
/// looked for in one pass over a line instead of a pass for each clause.
///
/// A line can match only if it meets one of the branches: holds a piece of each of the
/// branch's clauses. Each clause has a bit; the pieces of all the clauses are one ``PieceSet``,
/// each piece marked with its clause's bit, and a branch is the bits of its clauses. A pattern
/// of more than 64 clauses keeps the first 64: a branch that asks for less still lets through
/// every line that can match.
struct RequiredPieces: Sendable {
  private let pieces: PieceSet
  /// The bits of each branch's clauses.
  private let branches: [UInt64]

  /// The requirement of a pattern's branches (their clauses' pieces, lowercased).
  init(_ branches: [PatternLiterals.Branch]) {
    var pieces: [[UInt8]] = []
    var marks: [UInt64] = []
    var clause: UInt64 = 0
    self.branches = branches.map { clauses in
      var bits: UInt64 = 0
      for clausePieces in clauses where clause < 64 {
        let bit: UInt64 = 1 << clause
        clause += 1
        bits |= bit
        pieces += clausePieces.map { Array($0.utf8) }
        marks += Array(repeating: bit, count: clausePieces.count)
      }
      return bits
    }
    self.pieces = PieceSet(pieces, marks: marks)
  }

  /// Whether a lowercased line meets one of the branches.
  func met(by lowered: String) -> Bool {
    let found = pieces.marks(in: lowered) { found in meets(found) }
    return meets(found)
  }

  /// Whether the clauses found (their bits) make a whole branch.
  private func meets(_ found: UInt64) -> Bool {
    branches.contains { $0 & found == $0 }
  }
}
