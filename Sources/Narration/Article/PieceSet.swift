/// Literal pieces of text searched for together: whether a text holds any of them, in one pass.
///
/// A rule's `contains` list and the pieces its pattern requires (``PatternLiterals``) can run
/// to seventy pieces; searching a paragraph once for each cost seventy passes over its bytes.
/// Here each position is looked at once, and only the pieces that open with its pair of bytes
/// are compared there. Bytes are compared as they are, as the pieces were lowercased for a
/// lowercased text. Each piece may carry a mark (bits of the caller's choosing), and a search
/// can gather the marks of the pieces found (see ``RequiredPieces``).
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
    let mark: UInt64
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
  /// The marks of the empty pieces, which every text holds.
  private let emptyMarks: UInt64

  /// A set of pieces, each marked with the mark in the same place of `marks` (by default,
  /// every piece with 1).
  init(_ pieces: [[UInt8]], marks: [UInt64]? = nil) {
    let marked = zip(pieces, marks ?? Array(repeating: 1, count: pieces.count))
    let sorted = marked.filter { !$0.0.isEmpty }.sorted { $0.0[0] < $1.0[0] }
    var tails: [UInt8] = []
    var opening = [Int](repeating: 0, count: 257)
    var pairs = [UInt64](repeating: 0, count: 64)
    self.pieces = sorted.map { piece, mark in
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
      return Piece(
        head: head, headMask: ASCIIWord.firstBytes(piece.count), count: piece.count, tail: tail,
        mark: mark)
    }
    for byte in 0..<256 { opening[byte + 1] += opening[byte] }
    self.tails = tails
    self.opening = opening
    openingPairs = pairs
    emptyMarks = marked.reduce(0) { $1.0.isEmpty ? $0 | $1.1 : $0 }
  }

  var isEmpty: Bool { pieces.isEmpty && emptyMarks == 0 }

  /// Whether the text holds one of the pieces (one whose mark is not 0).
  func found(in text: String) -> Bool {
    marks(in: text) { $0 != 0 } != 0
  }

  /// The marks of the pieces the text holds, together; the search stops as soon as `enough`
  /// says the marks found so far are enough.
  @inline(__always)
  func marks(in text: String, enough: (UInt64) -> Bool) -> UInt64 {
    if pieces.isEmpty || enough(emptyMarks) { return emptyMarks }
    return text.utf8.withContiguousStorageIfAvailable { marks(in: $0, enough: enough) }
      ?? Array(text.utf8).withUnsafeBufferPointer { marks(in: $0, enough: enough) }
  }

  /// The marks of the pieces the bytes hold.
  ///
  /// Where eight bytes remain, they are compared with a piece's first eight at once. A piece
  /// that adds no new mark is not compared.
  @inline(__always)
  private func marks(in bytes: UnsafeBufferPointer<UInt8>, enough: (UInt64) -> Bool) -> UInt64 {
    var found = emptyMarks
    for position in bytes.indices {
      let byte = bytes[position]
      let room = bytes.count - position
      let bit = Self.pairBit(byte, room > 1 ? bytes[position + 1] : 0)
      guard openingPairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
      let word = room >= 8 ? ASCIIWord(bytes, at: position).bits : nil
      for index in opening[Int(byte)]..<opening[Int(byte) + 1] {
        let piece = pieces[index]
        guard piece.count <= room, piece.mark & ~found != 0 else { continue }
        if let word {
          guard word & piece.headMask == piece.head, matchesTail(piece, bytes, at: position)
          else { continue }
        } else {
          guard matchesHead(piece, bytes, at: position) else { continue }
        }
        found |= piece.mark
        if enough(found) { return found }
      }
    }
    return found
  }

  /// The bit of a pair of bytes in ``openingPairs``.
  ///
  /// The low six bits of the first byte name the word, so that all pairs opening with one byte
  /// share a word, and the second byte folded to six bits, mixed with the first's top two,
  /// names the bit in it. Pairs that share a bit are told apart by the comparison that follows.
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
