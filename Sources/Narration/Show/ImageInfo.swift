/// What a cover image file is, read from its header: format, size and colour model.
///
/// Apple wants square JPEG or PNG art, RGB, 1400 to 3000 pixels; this reads just enough of the
/// file (PNG's IHDR chunk, JPEG's start-of-frame marker) to check that.
public struct ImageInfo: Sendable, Hashable {
  /// The file formats podcast apps accept for cover art.
  public enum Format: String, Sendable, Hashable {
    case png
    case jpeg

    /// The MIME type, as ID3's APIC frame and the feed name it.
    public var mimeType: String {
      switch self {
      case .png: "image/png"
      case .jpeg: "image/jpeg"
      }
    }
  }

  /// The colour model of the pixels.
  public enum Color: String, Sendable, Hashable {
    case rgb = "RGB"
    case rgbAlpha = "RGB with alpha"
    case gray
    case grayAlpha = "gray with alpha"
    case palette
    case cmyk = "CMYK"
    case other
  }

  /// The format.
  public var format: Format
  /// Width in pixels.
  public var width: Int
  /// Height in pixels.
  public var height: Int
  /// The colour model.
  public var color: Color

  /// Reads the header at the start of a file; nil when it is neither PNG nor JPEG.
  public init?(bytes: [UInt8]) {
    if bytes.count >= 26, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
      bytes[12..<16].elementsEqual("IHDR".utf8)
    {
      format = .png
      width = Self.bigEndian(bytes, 16, 4)
      height = Self.bigEndian(bytes, 20, 4)
      switch bytes[25] {
      case 2: color = .rgb
      case 6: color = .rgbAlpha
      case 0: color = .gray
      case 4: color = .grayAlpha
      case 3: color = .palette
      default: color = .other
      }
      return
    }
    guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
    var index = 2
    while index + 9 < bytes.count {
      guard bytes[index] == 0xFF else {
        index += 1
        continue
      }
      let marker = bytes[index + 1]
      // Start-of-frame markers (baseline, extended, progressive, lossless) hold the size.
      if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
        format = .jpeg
        height = Self.bigEndian(bytes, index + 5, 2)
        width = Self.bigEndian(bytes, index + 7, 2)
        switch bytes[index + 9] {
        case 1: color = .gray
        case 3: color = .rgb
        case 4: color = .cmyk
        default: color = .other
        }
        return
      }
      if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) || marker == 0xFF {
        index += marker == 0xFF ? 1 : 2
        continue
      }
      index += 2 + Self.bigEndian(bytes, index + 2, 2)
    }
    return nil
  }

  /// Why the art would be rejected by Apple, or nil when it is fine.
  public var problem: String? {
    var problems: [String] = []
    if width != height { problems.append("not square (\(width)×\(height))") }
    if !(1400...3000).contains(width) || !(1400...3000).contains(height) {
      problems.append("\(width)×\(height) px is outside 1400–3000")
    }
    if color != .rgb { problems.append("colour is \(color.rawValue), not RGB") }
    return problems.isEmpty ? nil : problems.joined(separator: "; ")
  }

  private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
    guard offset + count <= bytes.count else { return 0 }
    return bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
  }
}
