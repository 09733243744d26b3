/// Eight bytes of text read as one 64-bit word, so that byte scanners can pass over runs of
/// ASCII eight bytes at a time.
///
/// Each test gives a mask with the high bit (0x80) of every byte that passes set and all other
/// bits clear. The tests are exact only for ASCII bytes (below 0x80): scanners check
/// ``isASCII`` first and read other words a byte at a time. Byte 0 of the text is the word's
/// lowest byte.
struct ASCIIWord {
  /// The eight bytes, the first in the lowest bits.
  let bits: UInt64

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Reads the eight bytes at `offset` of `bytes` (which must hold them).
  @inline(__always)
  init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
    let raw = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + offset)
    bits = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
  }

  /// The eight bytes of a word read before.
  init(bits: UInt64) {
    self.bits = bits
  }

  /// Whether a byte is an ASCII letter, in either case.
  static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }

  /// An ASCII capital made small; any other byte as it is.
  static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// Whether a byte is an ASCII digit.
  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
  }

  /// Whether all eight bytes are ASCII.
  var isASCII: Bool { bits & Self.highs == 0 }

  /// The bytes equal to `byte` (an ASCII byte).
  @inline(__always)
  func equal(to byte: UInt8) -> UInt64 {
    // A byte of `difference` is zero only where the bytes are equal; adding 0x7F to any other
    // ASCII byte sets its high bit, and no byte carries into the next.
    let difference = bits ^ (Self.ones &* UInt64(byte))
    return ~(difference &+ (Self.ones &* 0x7F)) & Self.highs
  }

  /// The bytes at or above `byte` (an ASCII byte).
  @inline(__always)
  func atLeast(_ byte: UInt8) -> UInt64 {
    (bits &+ Self.ones &* UInt64(0x80 - byte)) & Self.highs
  }

  /// The bytes from `lowest` to `highest`, both included (ASCII bytes).
  @inline(__always)
  func within(_ lowest: UInt8, _ highest: UInt8) -> UInt64 {
    atLeast(lowest) & ~atLeast(highest + 1) & Self.highs
  }

  /// The mask of a word's first `count` bytes, all of their bits set (all eight bytes for a
  /// count of eight or more).
  @inline(__always)
  static func firstBytes(_ count: Int) -> UInt64 {
    count >= 8 ? .max : (1 << UInt64(8 * count)) - 1
  }

  /// The eight bytes with every ASCII capital made small (``lowercased(_:)`` of each byte).
  @inline(__always)
  var lowercased: ASCIIWord {
    // A capital's bit 0x20 set: the high bit `within` gives, shifted down by two.
    ASCIIWord(bits: bits | within(0x41, 0x5A) >> 2)
  }

  /// The number of bytes a mask marks (a mask of high bits, as the tests give).
  @inline(__always)
  static func count(_ mask: UInt64) -> Int {
    // One bit in each marked byte; the multiplication adds the eight bytes into the top one.
    Int(truncatingIfNeeded: ((mask >> 7) &* ones) >> 56)
  }

  /// The high bit of the last of the eight bytes, where masks mark it.
  static let lastByte: UInt64 = 0x80 << 56
  /// The high bit of the first of the eight bytes.
  static let firstByte: UInt64 = 0x80
}
