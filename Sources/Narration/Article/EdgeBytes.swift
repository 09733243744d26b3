/// The whole-line rules a line may match, told by its first and its last byte alone.
///
/// A rule with literal beginnings or endings (`startsWith`, `endsWith`) matches only lines that
/// start or end so, so a line whose first byte starts none of its beginnings and whose last byte
/// (before trailing spaces and full stops) ends none of its endings cannot match it. Two tables
/// of 256 masks say it before the line is lowercased: most lines are settled this way for the
/// rules tried on every line (those without keywords). Only ASCII bytes rule a rule out; a line
/// that starts or ends beyond ASCII may lowercase to anything.
struct EdgeBytes: Sendable {
  /// For each first byte, the bits of the rules a line starting with it may match.
  private let byFirst: [UInt64]
  /// For each last byte, the bits of the rules a line ending with it may match.
  private let byLast: [UInt64]

  /// Builds the tables for rules in mask order (bit 63 stands for every rule past the 63rd);
  /// `nil` for a rule that may match any line.
  init(_ rules: [(starts: [[UInt8]], ends: [[UInt8]])?]) {
    var byFirst = [UInt64](repeating: 0, count: 256)
    var byLast = [UInt64](repeating: 0, count: 256)
    var anywhere: UInt64 = 1 << 63
    for (bit, edges) in rules.prefix(63).enumerated() {
      let mask: UInt64 = 1 << UInt64(bit)
      guard let edges else {
        anywhere |= mask
        continue
      }
      for start in edges.starts { byFirst[Int(start[0])] |= mask }
      for end in edges.ends { byLast[Int(end[end.count - 1])] |= mask }
    }
    for byte in 0..<256 {
      byFirst[byte] |= anywhere
      byLast[byte] |= anywhere
    }
    // Beyond ASCII, lowercasing may give any byte ("İ" gives "i̇").
    for byte in 0x80..<256 {
      byFirst[byte] = .max
      byLast[byte] = .max
    }
    // An ASCII capital lowercases to its small letter, which the rules' literals are in.
    for capital in UInt8(ascii: "A")...UInt8(ascii: "Z") {
      byFirst[Int(capital)] = byFirst[Int(capital | 0x20)]
      byLast[Int(capital)] = byLast[Int(capital | 0x20)]
    }
    self.byFirst = byFirst
    self.byLast = byLast
  }

  /// The bits of the rules a line may match by its first and last bytes.
  func possible(_ line: String) -> UInt64 {
    let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> UInt64 in
      guard let first = bytes.first else { return .max }
      var end = bytes.count
      // Endings are compared before trailing spaces and full stops, as the rules say.
      while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2E { end -= 1 }
      let last = end > 0 ? self.byLast[Int(bytes[end - 1])] : .max
      return self.byFirst[Int(first)] | last
    }
    return line.utf8.withContiguousStorageIfAvailable(scan)
      ?? Array(line.utf8).withUnsafeBufferPointer(scan)
  }
}
