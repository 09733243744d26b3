/// Literal pieces of text searched for together: whether a text holds any of them, in one pass.
///
/// A rule's `contains` list and the pieces its pattern requires (``PatternLiterals``) can run
/// to seventy pieces; searching a paragraph once for each cost seventy passes over its bytes.
/// Here each position is looked at once, and only the pieces that open with its byte are
/// compared there. Bytes are compared as they are, as the pieces were lowercased for a
/// lowercased text.
struct PieceSet: Sendable {
  /// A piece: its first eight bytes (all of it when shorter) as one word, compared with eight
  /// bytes of text at once, and where the rest of it is kept.
  private struct Piece {
    /// The first bytes, the first lowest (see ``ASCIIWord``), and the mask of the bytes in it.
    let head: UInt64
    let headMask: UInt64
    let count: Int
    /// Where the bytes after the eighth start in ``PieceSet/tails``.
    let tail: Int
  }

  /// The pieces, sorted by their first byte.
  private let pieces: [Piece]
  /// The bytes of each piece after its eighth, one piece's after another's.
  private let tails: [UInt8]
  /// For each byte, where the pieces opening with it start in ``pieces``; they run to the next
  /// byte's start (257 entries).
  private let opening: [Int]
  /// The pairs of bytes that open a piece, a bit each in 64 words (see ``pairBit(_:_:)``; a
  /// piece of one byte sets the bits of its byte with any other): most positions are passed over
  /// on this alone.
  private let openingPairs: [UInt64]
  /// Whether an empty piece is among them (every text holds it).
  private let holdsEmpty: Bool

  init(_ pieces: [[UInt8]]) {
    let sorted = pieces.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
    var tails: [UInt8] = []
    var opening = [Int](repeating: 0, count: 257)
    var pairs = [UInt64](repeating: 0, count: 64)
    self.pieces = sorted.map { piece in
      var head: UInt64 = 0
      for (offset, byte) in piece.prefix(8).enumerated() {
        head |= UInt64(byte) << UInt64(8 * offset)
      }
      let tail = tails.count
      tails += piece.dropFirst(8)
      opening[Int(piece[0]) + 1] += 1
      if piece.count == 1 {
        pairs[Self.pairBit(piece[0], 0) >> 6] = .max
      } else {
        let bit = Self.pairBit(piece[0], piece[1])
        pairs[bit >> 6] |= 1 << UInt64(bit & 63)
      }
      let mask: UInt64 = piece.count >= 8 ? .max : (1 << UInt64(8 * piece.count)) - 1
      return Piece(head: head, headMask: mask, count: piece.count, tail: tail)
    }
    for byte in 0..<256 { opening[byte + 1] += opening[byte] }
    self.tails = tails
    self.opening = opening
    openingPairs = pairs
    holdsEmpty = pieces.contains(where: \.isEmpty)
  }

  var isEmpty: Bool { pieces.isEmpty && !holdsEmpty }

  /// Whether the text holds one of the pieces.
  func found(in text: String) -> Bool {
    if holdsEmpty { return true }
    if pieces.isEmpty { return false }
    return text.utf8.withContiguousStorageIfAvailable(found)
      ?? Array(text.utf8).withUnsafeBufferPointer(found)
  }

  /// Whether the bytes hold one of the pieces: where eight bytes remain, they are compared
  /// with a piece's first eight at once.
  private func found(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for position in bytes.indices {
      let byte = bytes[position]
      let room = bytes.count - position
      let bit = Self.pairBit(byte, room > 1 ? bytes[position + 1] : 0)
      guard openingPairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
      let word = room >= 8 ? ASCIIWord(bytes, at: position).bits : nil
      for index in opening[Int(byte)]..<opening[Int(byte) + 1] {
        let piece = pieces[index]
        guard piece.count <= room else { continue }
        if let word {
          guard word & piece.headMask == piece.head else { continue }
          if matchesTail(piece, bytes, at: position) { return true }
        } else if matchesHead(piece, bytes, at: position) {
          return true
        }
      }
    }
    return false
  }

  /// The bit of a pair of bytes in ``openingPairs``.
  ///
  /// The low six bits of the first byte name the word, so that all pairs opening with one byte share a word, and the second byte
  /// folded to six bits, mixed with the first's top two, names the bit in it. Pairs that share
  /// a bit are told apart by the comparison that follows.
  @inline(__always)
  private static func pairBit(_ first: UInt8, _ second: UInt8) -> Int {
    Int(first & 63) << 6 | Int((second ^ second >> 6 ^ (first >> 6) << 4) & 63)
  }

  /// Whether the bytes at `position` (which hold the piece's length) start with the piece's
  /// first eight bytes, one by one.
  private func matchesHead(
    _ piece: Piece, _ bytes: UnsafeBufferPointer<UInt8>, at position: Int
  ) -> Bool {
    for offset in 0..<min(piece.count, 8)
    where bytes[position + offset] != UInt8(truncatingIfNeeded: piece.head >> UInt64(8 * offset)) {
      return false
    }
    return matchesTail(piece, bytes, at: position)
  }

  /// Whether the bytes after the eighth at `position` are the rest of the piece.
  private func matchesTail(
    _ piece: Piece, _ bytes: UnsafeBufferPointer<UInt8>, at position: Int
  ) -> Bool {
    for offset in 8..<max(piece.count, 8)
    where bytes[position + offset] != tails[piece.tail + offset - 8] {
      return false
    }
    return true
  }
}
