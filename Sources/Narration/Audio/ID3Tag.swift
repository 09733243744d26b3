/// An ID3v2.3 tag, built byte by byte: narrate writes its own tags (any script, any length).
///
/// Version 2.3 because it is the one every podcast app and player reads (2.4 is still ignored
/// by some). Text is ISO-8859-1 when it fits and UTF-16 with a byte-order mark otherwise, as 2.3
/// requires. Frame sizes are 32-bit, the tag size is a 28-bit "syncsafe" number (256 MB).
/// A pure value: ``bytes()`` depends only on the frames.
public struct ID3Tag: Sendable, Hashable {
  /// A text frame such as `TIT2` (title) or `TPE1` (artist).
  public struct TextFrame: Sendable, Hashable {
    /// The four-character frame id.
    public var id: String
    /// The frame's text.
    public var text: String

    /// Creates a text frame.
    public init(id: String, text: String) {
      self.id = id
      self.text = text
    }
  }

  /// One frame of the tag.
  public enum Frame: Sendable, Hashable {
    /// A text frame (`TIT2`, `TPE1`, `TALB`, `TLAN`, `TYER`, ...).
    case text(TextFrame)
    /// A comment (`COMM`) in a three-letter ISO 639-2 language.
    case comment(language: String, text: String)
    /// The front cover (`APIC`, picture type 3).
    case picture(mimeType: String, data: [UInt8])
    /// A chapter (`CHAP`): an element id, start and end in milliseconds, and a title.
    case chapter(id: String, start: Int, end: Int, title: String)
    /// A table of contents (`CTOC`) listing chapter (or nested table) element ids in order.
    case tableOfContents(id: String, topLevel: Bool, children: [String], title: String)
  }

  /// The frames, in order.
  public var frames: [Frame]

  /// Creates a tag from frames; text frames with empty text are left out.
  public init(frames: [Frame]) {
    self.frames = frames.filter {
      if case .text(let frame) = $0 { return !frame.text.isEmpty }
      return true
    }
  }

  /// Creates a tag from text frames alone.
  public init(textFrames: [TextFrame]) {
    self.init(frames: textFrames.map { .text($0) })
  }

  /// The encoded tag: a 10-byte header and the frames.
  public func bytes() throws(NarrationError) -> [UInt8] {
    var body: [UInt8] = []
    for frame in frames { body += Self.encode(frame) }
    guard body.count < 1 << 28 else {
      throw .invalidInput(
        "ID3 tag", problem: "is \(body.count) bytes, over ID3's 256 MB limit; use a smaller cover")
    }
    return Array("ID3".utf8) + [3, 0, 0] + Self.syncsafe(body.count) + body
  }

  private static func encode(_ frame: Frame) -> [UInt8] {
    switch frame {
    case .text(let text):
      return wrap(text.id, encodedText(text.text, terminated: false))
    case .comment(let language, let text):
      let encoding = needsUnicode(text) ? UInt8(1) : 0
      let code = Array(language.utf8.prefix(3)) + Array(repeating: 0x20, count: 3)
      return wrap(
        "COMM",
        [encoding] + code.prefix(3) + string("", encoding: encoding, terminated: true)
          + string(text, encoding: encoding, terminated: false))
    case .picture(let mimeType, let data):
      return wrap("APIC", [0] + Array(mimeType.utf8) + [0, 3, 0] + data)
    case .chapter(let id, let start, let end, let title):
      let content =
        Array(id.utf8) + [0] + uint32(start) + uint32(end) + uint32(0xFFFF_FFFF)
        + uint32(0xFFFF_FFFF) + wrap("TIT2", encodedText(title, terminated: false))
      return wrap("CHAP", content)
    case .tableOfContents(let id, let topLevel, let children, let title):
      // Bit 1: top level; bit 0: the entries are ordered.
      var content = Array(id.utf8) + [0, topLevel ? 0x03 : 0x01, UInt8(min(children.count, 255))]
      for child in children.prefix(255) { content += Array(child.utf8) + [0] }
      if !title.isEmpty { content += wrap("TIT2", encodedText(title, terminated: false)) }
      return wrap("CTOC", content)
    }
  }

  private static func wrap(_ id: String, _ content: [UInt8]) -> [UInt8] {
    Array(id.utf8.prefix(4)) + uint32(content.count) + [0, 0] + content
  }

  private static func needsUnicode(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value > 0xFF }
  }

  /// An encoding byte followed by the text: ISO-8859-1 when every character fits, else UTF-16.
  private static func encodedText(_ text: String, terminated: Bool) -> [UInt8] {
    let encoding: UInt8 = needsUnicode(text) ? 1 : 0
    return [encoding] + string(text, encoding: encoding, terminated: terminated)
  }

  private static func string(_ text: String, encoding: UInt8, terminated: Bool) -> [UInt8] {
    if encoding == 0 {
      return text.unicodeScalars.map { UInt8($0.value) } + (terminated ? [0] : [])
    }
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    return bytes + (terminated ? [0, 0] : [])
  }

  private static func uint32(_ value: Int) -> [UInt8] {
    let clamped = UInt32(clamping: value)
    return [
      UInt8(clamped >> 24), UInt8((clamped >> 16) & 0xFF), UInt8((clamped >> 8) & 0xFF),
      UInt8(clamped & 0xFF),
    ]
  }

  /// A 28-bit number as four 7-bit bytes, as ID3v2 tag sizes are written.
  static func syncsafe(_ value: Int) -> [UInt8] {
    [
      UInt8((value >> 21) & 0x7F), UInt8((value >> 14) & 0x7F), UInt8((value >> 7) & 0x7F),
      UInt8(value & 0x7F),
    ]
  }
}
