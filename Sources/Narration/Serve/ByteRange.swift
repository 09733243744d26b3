import Foundation

/// An HTTP `Range: bytes=…` request resolved against a file size (RFC 9110 §14).
///
/// Apple's player probes with `bytes=0-1` and needs 206 back; a range that starts past the end
/// gets 416. Only single ranges are served; a multi-range request gets the whole file (200),
/// which RFC 9110 allows.
public enum ByteRange: Sendable, Hashable {
  /// Send the whole file (no Range header, or one the server may ignore).
  case whole
  /// Send these bytes with 206 and `Content-Range`.
  case partial(Range<Int>)
  /// Answer 416 with `Content-Range: bytes */size`.
  case unsatisfiable

  /// Resolves a Range header value against a file of `size` bytes.
  public static func resolve(_ header: String?, size: Int) -> ByteRange {
    guard let header else { return .whole }
    let value = header.trimmingCharacters(in: .whitespaces)
    guard value.lowercased().hasPrefix("bytes=") else { return .whole }
    let spec = value.dropFirst("bytes=".count).trimmingCharacters(in: .whitespaces)
    guard !spec.contains(",") else { return .whole }
    let parts = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2 else { return .whole }
    let first = parts[0].trimmingCharacters(in: .whitespaces)
    let last = parts[1].trimmingCharacters(in: .whitespaces)
    func number(_ text: String) -> Int? {
      guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else {
        return nil
      }
      return Int(text) ?? Int.max
    }
    if first.isEmpty {
      // A suffix range: the last N bytes.
      guard let count = number(last) else { return .whole }
      guard count > 0, size > 0 else { return .unsatisfiable }
      return .partial(max(0, size - count)..<size)
    }
    guard let start = number(first) else { return .whole }
    let end: Int
    if last.isEmpty {
      end = size - 1
    } else {
      guard let value = number(last) else { return .whole }
      guard value >= start else { return .whole }
      end = min(value, size - 1)
    }
    guard start < size else { return .unsatisfiable }
    return .partial(start..<end + 1)
  }
}
