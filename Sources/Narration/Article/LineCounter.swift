/// Counts how often each line of a page occurs, by a 64-bit hash of its bytes.
///
/// Repetition is a sign of page chrome (menus printed twice, "Share" under every story). An
/// open-addressing table of hashes is several times quicker than a dictionary of strings on a
/// page of many megabytes; two different lines with the same 64-bit hash are not a concern.
struct LineCounter {
  private var keys: [UInt64]
  private var counts: [Int32]
  private let slots: Int

  /// Counts the given line hashes (0 stands for "not counted").
  init(_ hashes: [UInt64]) {
    var size = 16
    while size < hashes.count * 2 { size *= 2 }
    keys = [UInt64](repeating: 0, count: size)
    counts = [Int32](repeating: 0, count: size)
    slots = size - 1
    for hash in hashes where hash != 0 {
      let slot = self.slot(of: hash)
      keys[slot] = hash
      counts[slot] += 1
    }
  }

  /// How often a line hash occurs.
  subscript(_ hash: UInt64) -> Int {
    guard hash != 0 else { return 0 }
    return Int(counts[slot(of: hash)])
  }

  /// The slot that holds a hash, or the empty slot where it goes.
  private func slot(of hash: UInt64) -> Int {
    var slot = Int(truncatingIfNeeded: hash) & slots
    while keys[slot] != 0 && keys[slot] != hash { slot = (slot + 1) & slots }
    return slot
  }
}
