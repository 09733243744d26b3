/// A table from non-zero 64-bit keys to values, for look-ups on the hot paths of the cleaner:
/// the keyword hashes of the rules and the packed stop words of the language guess.
///
/// Open addressing with linear probing, the table at most a quarter full: quicker than a
/// dictionary, which would hash an integer key again. A key's first slot is the key mixed by one
/// multiplication, so keys that differ only in their low bytes (packed words) spread too.
struct IntegerKeyTable<Value: Sendable>: Sendable {
  /// The keys (0 for an empty slot: no key is 0).
  private let keys: [UInt64]
  /// The value of the key in the same slot.
  private let values: [Value]
  /// What a key that is not in the table gives.
  private let missing: Value
  private let slots: Int

  /// A table of `entries` (a zero key is left out); a key not in it gives `missing`.
  init(_ entries: [UInt64: Value], missing: Value) {
    var size = 16
    while size < entries.count * 4 { size *= 2 }
    var keys = [UInt64](repeating: 0, count: size)
    var values = [Value](repeating: missing, count: size)
    for (key, value) in entries where key != 0 {
      var slot = Self.slot(key, size - 1)
      while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
      keys[slot] = key
      values[slot] = value
    }
    self.keys = keys
    self.values = values
    self.missing = missing
    slots = size - 1
  }

  /// The value of a key, or the table's `missing` value.
  subscript(_ key: UInt64) -> Value {
    var slot = Self.slot(key, slots)
    while keys[slot] != 0 {
      if keys[slot] == key { return values[slot] }
      slot = (slot + 1) & slots
    }
    return missing
  }

  /// A key's first slot: the key mixed by one multiplication, its high bits kept.
  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }
}
