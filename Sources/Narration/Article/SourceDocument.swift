import Foundation

/// A document read from disk or a feed, checked to be text, ready for the cleaner.
///
/// Construction does the checks every input needs (not empty, not binary, valid UTF-8); the
/// stages after it never see bytes.
public struct SourceDocument: Sendable, Hashable {
  /// How the user named it (a path or a URL); used in every message about it.
  public var name: String
  /// The decoded text, with a leading byte-order mark removed.
  public var text: String
  /// The format, detected or given by the user.
  public var format: InputFormat

  /// Creates a document from text that is already decoded.
  public init(name: String, text: String, format: InputFormat) {
    self.name = name
    self.text = text
    self.format = format
  }

  /// Decodes raw bytes, rejecting empty, binary and non-UTF-8 input with a clear error.
  public init(name: String, data: Data, format: InputFormat? = nil) throws(NarrationError) {
    if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw .emptyInput(name)
    }
    // Read as raw bytes: Data's own iterator costs a call a byte.
    if data.prefix(8192).withUnsafeBytes({ $0.contains(0) }) {
      throw .binaryInput(name)
    }
    guard var text = String(validating: data, as: UTF8.self) else {
      let offset = SourceDocument.firstInvalidUTF8Offset(in: data)
      throw .invalidUTF8(name, byteOffset: offset)
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let ext = (name as NSString).pathExtension
    self.init(name: name, text: text, format: format ?? .detect(fileExtension: ext, content: text))
  }

  /// Finds the byte offset of the first invalid UTF-8 sequence, for the error message.
  static func firstInvalidUTF8Offset(in data: Data) -> Int {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = data.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .emptyInput, .error: return offset
      }
    }
  }
}
