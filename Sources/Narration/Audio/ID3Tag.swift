/// An ID3v2.4 tag, built byte by byte: narrate writes its own tags (UTF-8, any length).
///
/// A pure value: ``bytes()`` depends only on the frames.
public struct ID3Tag: Sendable, Hashable {
  /// A text frame such as `TIT2` (title) or `TPE1` (artist), stored as UTF-8.
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

  /// The text frames, in order.
  public var textFrames: [TextFrame]

  /// Creates a tag from text frames; frames with empty text are left out.
  public init(textFrames: [TextFrame]) {
    self.textFrames = textFrames.filter { !$0.text.isEmpty }
  }

  /// The encoded tag: a 10-byte header and the frames.
  public func bytes() -> [UInt8] {
    var body: [UInt8] = []
    for frame in textFrames {
      // Encoding byte 3 = UTF-8 (ID3v2.4).
      let content = [UInt8(3)] + Array(frame.text.utf8)
      body += Array(frame.id.utf8.prefix(4)) + Self.syncsafe(content.count) + [0, 0] + content
    }
    return Array("ID3".utf8) + [4, 0, 0] + Self.syncsafe(body.count) + body
  }

  /// A 28-bit number as four 7-bit bytes, as ID3v2.4 sizes are written.
  static func syncsafe(_ value: Int) -> [UInt8] {
    precondition(value < 1 << 28, "ID3 frame larger than 256 MB")
    return [
      UInt8((value >> 21) & 0x7F), UInt8((value >> 14) & 0x7F), UInt8((value >> 7) & 0x7F),
      UInt8(value & 0x7F),
    ]
  }
}
