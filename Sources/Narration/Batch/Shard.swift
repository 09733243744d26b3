import Crypto
import Foundation

/// One of N stable shares of a batch (`--shard I/N`), so CI runners split an archive between them.
///
/// An article belongs to shard `1 + (h mod N)`, where `h` is the first 8 bytes of the SHA-256 of
/// its key: the same on every machine and run, independent of input order, and an article never
/// moves between shards as others come and go.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
  /// This shard's number, from 1 to ``count``.
  public var index: Int
  /// How many shards there are.
  public var count: Int

  /// The single shard that holds everything.
  public static let all = Shard(uncheckedIndex: 1, count: 1)

  private init(uncheckedIndex index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  /// Parses `I/N` with 1 ≤ I ≤ N.
  public init(parsing text: String) throws(NarrationError) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
      (1...count).contains(index)
    else {
      throw .invalidInput(
        "--shard \(text)",
        problem: "give I/N with 1 ≤ I ≤ N, e.g. 1/4 (for 0-based CI indexes, add 1)")
    }
    self.init(uncheckedIndex: index, count: count)
  }

  /// The shard (1...count) an article key belongs to.
  public static func number(of key: String, count: Int) -> Int {
    let digest = SHA256.hash(data: Array(key.utf8))
    let value = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    return Int(value % UInt64(max(count, 1))) + 1
  }

  /// Whether this shard holds the article with this key.
  public func contains(_ key: String) -> Bool {
    count == 1 || Self.number(of: key, count: count) == index
  }

  /// `I/N`.
  public var description: String { "\(index)/\(count)" }
}
