import Foundation
import Testing

@testable import Narration

/// `--shard I/N`: every article in exactly one shard, the same one on every run and machine.
struct ShardTests {
  static let keys = (1...2000).map { "articles/2026/\($0)-story.md" }

  @Test(arguments: [1, 2, 3, 4, 7, 16])
  func shardsPartitionTheInputs(count: Int) throws {
    let shards = try (1...count).map { try Shard(parsing: "\($0)/\(count)") }
    var seen: [String: Int] = [:]
    for shard in shards {
      for key in Self.keys where shard.contains(key) {
        #expect(seen[key] == nil, "\(key) is in two shards")
        seen[key] = shard.index
      }
    }
    #expect(seen.count == Self.keys.count, "every article is in some shard")
    // Roughly even: no shard holds more than 1.25 times its fair share of 2,000 articles.
    for shard in shards {
      let size = seen.values.filter { $0 == shard.index }.count
      #expect(Double(size) <= 1.25 * Double(Self.keys.count) / Double(count))
    }
  }

  @Test func membershipDependsOnlyOnTheKey() throws {
    let shard = try Shard(parsing: "2/4")
    let forward = Self.keys.filter(shard.contains)
    let backward = Self.keys.reversed().filter(shard.contains)
    #expect(forward == backward.reversed())
    // Adding articles never moves an existing one.
    let more = Self.keys + (1...500).map { "new/\($0).txt" }
    #expect(more.filter(shard.contains).filter(Self.keys.contains) == forward)
    // The share is a function of SHA-256, not of Swift's per-process hash seed.
    #expect(Shard.number(of: "articles/2026/1-story.md", count: 4) == Self.reference)
  }

  /// The shard of one key, computed independently from the definition (first 8 bytes of SHA-256,
  /// big-endian, mod N, plus 1) by /usr/bin/sha256sum.
  static var reference: Int {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    guard (try? process.run()) != nil else { return -1 }
    input.fileHandleForWriting.write(Data("articles/2026/1-story.md".utf8))
    try? input.fileHandleForWriting.close()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard let value = UInt64(text.prefix(16), radix: 16) else { return -1 }
    return Int(value % 4) + 1
  }

  @Test(arguments: ["0/4", "5/4", "1/0", "2", "a/b", "1/4/2"])
  func malformedShardsAreRejected(text: String) {
    #expect(throws: NarrationError.self) { try Shard(parsing: text) }
  }
}
