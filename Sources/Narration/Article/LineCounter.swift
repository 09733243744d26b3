/// Counts how often each line of a page occurs, by a 64-bit hash of its bytes.
///
/// Repetition is a sign of page chrome (menus printed twice, "Share" under every story). An
/// open-addressing table of hashes is several times quicker than a dictionary of strings on a
/// page of many megabytes; two different lines with the same 64-bit hash are not a concern.
/// The table grows with the number of distinct lines, not of lines, so that a page that repeats
/// itself stays small enough for the processor's caches.
struct LineCounter {
  /// A hash and its count side by side, so that a look-up touches one place in memory.
  private struct Entry {
    var key: UInt64 = 0
    var count: Int32 = 0
  }

  private var entries: [Entry]
  private var slots: Int
  private var distinct = 0

  /// Counts the given line hashes (0 stands for "not counted").
  init(_ hashes: [UInt64]) {
    entries = [Entry](repeating: Entry(), count: 1024)
    slots = entries.count - 1
    for hash in hashes where hash != 0 {
      var slot = self.slot(of: hash)
      if entries[slot].key == 0 {
        if (distinct + 1) * 2 > entries.count {
          grow()
          slot = self.slot(of: hash)
        }
        entries[slot].key = hash
        distinct += 1
      }
      entries[slot].count += 1
    }
  }

  /// Doubles the table and places every entry again.
  private mutating func grow() {
    let old = entries
    entries = [Entry](repeating: Entry(), count: old.count * 2)
    slots = entries.count - 1
    for entry in old where entry.key != 0 {
      entries[slot(of: entry.key)] = entry
    }
  }

  /// How often a line hash occurs.
  subscript(_ hash: UInt64) -> Int {
    guard hash != 0 else { return 0 }
    return Int(entries[slot(of: hash)].count)
  }

  /// The slot that holds a hash, or the empty slot where it goes.
  private func slot(of hash: UInt64) -> Int {
    var slot = Int(truncatingIfNeeded: hash) & slots
    while entries[slot].key != 0 && entries[slot].key != hash { slot = (slot + 1) & slots }
    return slot
  }
}
