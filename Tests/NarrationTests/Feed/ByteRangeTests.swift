import Testing

@testable import Narration

/// Range headers resolved against a 1,000-byte file (RFC 9110 §14).
@Suite struct ByteRangeTests {
  @Test(
    arguments: [
      (nil, ByteRange.whole),
      ("bytes=0-1", .partial(0..<2)),
      ("bytes=0-", .partial(0..<1000)),
      ("bytes=990-5000", .partial(990..<1000)),
      ("bytes=-10", .partial(990..<1000)),
      ("bytes=-5000", .partial(0..<1000)),
      ("bytes=1000-", .unsatisfiable),
      ("bytes=5000-6000", .unsatisfiable),
      ("bytes=-0", .unsatisfiable),
      ("bytes=5-3", .whole),
      ("bytes=0-1,5-6", .whole),
      ("items=0-1", .whole),
      ("bytes=a-b", .whole),
    ] as [(String?, ByteRange)])
  func resolves(_ header: String?, _ expected: ByteRange) {
    #expect(ByteRange.resolve(header, size: 1000) == expected)
  }

  @Test func emptyFileHasNoSatisfiableRange() {
    #expect(ByteRange.resolve("bytes=0-1", size: 0) == .unsatisfiable)
    #expect(ByteRange.resolve(nil, size: 0) == .whole)
  }
}
