/// Literal pieces of text searched for together: whether a text holds any of them, in one pass.
///
/// A rule's `contains` list and the pieces its pattern requires (``PatternLiterals``) can run
/// to seventy pieces; searching a paragraph once for each cost seventy passes over its bytes.
/// Here each position is looked at once, and only the pieces that open with its byte are
/// compared there. Bytes are compared as they are, as the pieces were lowercased for a
/// lowercased text.
struct PieceSet: Sendable {
  private let pieces: [[UInt8]]
  /// For each byte, the indices of the pieces that open with it.
  private let opening: [[Int]]
  /// The bytes that open a piece, a bit each in four words: most positions are passed over
  /// on this alone.
  private let openers: [UInt64]
  /// Whether an empty piece is among them (every text holds it).
  private let holdsEmpty: Bool

  init(_ pieces: [[UInt8]]) {
    self.pieces = pieces
    var opening = [[Int]](repeating: [], count: 256)
    var openers = [UInt64](repeating: 0, count: 4)
    for (index, piece) in pieces.enumerated() {
      guard let first = piece.first else { continue }
      opening[Int(first)].append(index)
      openers[Int(first >> 6)] |= 1 << UInt64(first & 63)
    }
    self.opening = opening
    self.openers = openers
    holdsEmpty = pieces.contains(where: \.isEmpty)
  }

  var isEmpty: Bool { pieces.isEmpty }

  /// Whether the text holds one of the pieces.
  func found(in text: String) -> Bool {
    if holdsEmpty { return true }
    if pieces.isEmpty { return false }
    return text.utf8.withContiguousStorageIfAvailable(found)
      ?? Array(text.utf8).withUnsafeBufferPointer(found)
  }

  private func found(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for position in bytes.indices {
      let byte = bytes[position]
      guard openers[Int(byte >> 6)] & (1 << UInt64(byte & 63)) != 0 else { continue }
      let candidates = opening[Int(byte)]
      let room = bytes.count - position
      for index in candidates {
        let piece = pieces[index]
        guard piece.count <= room else { continue }
        if bytes[position..<(position + piece.count)].elementsEqual(piece) { return true }
      }
    }
    return false
  }
}
