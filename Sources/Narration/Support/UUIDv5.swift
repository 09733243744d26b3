import Crypto
import Foundation

/// Makes name-based UUIDs (RFC 9562 version 5) for episode GUIDs and `podcast:guid`.
///
/// The same name in the same namespace always gives the same UUID. Episode GUIDs and the
/// Podcasting 2.0 `podcast:guid` are made this way.
public enum UUIDv5 {
  /// narrate's namespace for episode GUIDs.
  public static let episodeNamespace = UUID(
    uuid: (
      0x6E, 0x61, 0x72, 0x72, 0x61, 0x74, 0x65, 0x2D, 0x8E, 0x70, 0x69, 0x73, 0x6F, 0x64, 0x65, 0x73
    ))
  /// The Podcasting 2.0 namespace for `podcast:guid` (`ead4c236-bf58-58c6-a2c6-a6b28d128cb6`).
  public static let podcastNamespace = UUID(
    uuid: (
      0xEA, 0xD4, 0xC2, 0x36, 0xBF, 0x58, 0x58, 0xC6, 0xA2, 0xC6, 0xA6, 0xB2, 0x8D, 0x12, 0x8C, 0xB6
    ))

  /// The version-5 UUID of `name` in `namespace`, in lowercase text form.
  public static func make(namespace: UUID, name: String) -> String {
    var bytes = withUnsafeBytes(of: namespace.uuid) { Array($0) }
    bytes += Array(name.utf8)
    var hash = Array(Insecure.SHA1.hash(data: bytes).prefix(16))
    hash[6] = (hash[6] & 0x0F) | 0x50
    hash[8] = (hash[8] & 0x3F) | 0x80
    let hex = hash.map { String(format: "%02x", $0) }.joined()
    let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
      String(
        hex[
          hex.index(
            hex.startIndex, offsetBy: range.lowerBound)..<hex.index(
              hex.startIndex, offsetBy: range.upperBound)])
    }
    return parts.joined(separator: "-")
  }
}
