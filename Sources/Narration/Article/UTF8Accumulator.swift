/// Decodes multi-byte UTF-8 one byte at a time, for byte scanners that handle ASCII themselves.
///
/// A scanner passes every lead byte (0xC0–0xF7) to ``start(_:)`` and, while ``isPending``, every
/// following byte to ``add(_:)``, which returns the scalar once its last byte has come.
struct UTF8Accumulator {
  private var value: UInt32 = 0
  private var pending = 0

  /// Whether a multi-byte sequence has started and is not complete yet.
  var isPending: Bool { pending > 0 }

  /// Starts a sequence at a lead byte; other bytes are ignored.
  @inline(__always)
  mutating func start(_ byte: UInt8) {
    switch byte {
    case 0xC0..<0xE0: (value, pending) = (UInt32(byte & 0x1F), 1)
    case 0xE0..<0xF0: (value, pending) = (UInt32(byte & 0x0F), 2)
    case 0xF0..<0xF8: (value, pending) = (UInt32(byte & 0x07), 3)
    default: break
    }
  }

  /// Adds a continuation byte; the scalar when it completes one (nil if it is not valid).
  @inline(__always)
  mutating func add(_ byte: UInt8) -> Unicode.Scalar? {
    value = value << 6 | UInt32(byte & 0x3F)
    pending -= 1
    return pending == 0 ? Unicode.Scalar(value) : nil
  }
}
