/// The languages of short stop words, looked up by the word packed into an integer (see
/// ``LanguageGuess/packed(_:)``): an open-addressing table, quicker than a dictionary for the
/// thousands of words a guess reads, since a packed word needs no hashing of its own.
struct PackedWordTable: Sendable {
  /// The packed words (0 for an empty slot: no packed word is 0).
  private let keys: [UInt64]
  /// The languages of the word in the same slot.
  private let values: [[Int]]
  private let slots: Int

  init(_ entries: [UInt64: [Int]]) {
    var size = 16
    while size < entries.count * 4 { size *= 2 }
    var keys = [UInt64](repeating: 0, count: size)
    var values = [[Int]](repeating: [], count: size)
    for (key, languages) in entries where key != 0 {
      var slot = Self.slot(key, size - 1)
      while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
      keys[slot] = key
      values[slot] = languages
    }
    self.keys = keys
    self.values = values
    slots = size - 1
  }

  /// The languages of a packed word, or `nil` when it is no stop word.
  func languages(of key: UInt64) -> [Int]? {
    var slot = Self.slot(key, slots)
    while keys[slot] != 0 {
      if keys[slot] == key { return values[slot] }
      slot = (slot + 1) & slots
    }
    return nil
  }

  /// A word's first slot: its bytes mixed by one multiplication, the high bits kept.
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }
}
