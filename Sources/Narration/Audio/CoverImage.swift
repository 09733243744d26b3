import Foundation

/// A show's cover art, checked the way podcast directories check it: JPEG or PNG, square,
/// 1400 to 3000 pixels a side.
public struct CoverImage: Sendable, Hashable {
  /// `image/jpeg` or `image/png`.
  public var mimeType: String
  /// Width and height in pixels (equal).
  public var size: Int
  /// The file's bytes.
  public var data: [UInt8]

  /// The side lengths podcast directories accept.
  public static let allowedSizes = 1400...3000

  /// The show's cover art for ID3 tags: its image file, when the image is a file (a file name
  /// inside the output folder, or a path); nil when there is none or it is a URL.
  public static func forShow(_ channel: FeedChannel, in folder: OutputFolder) throws(NarrationError)
    -> CoverImage?
  {
    guard let image = channel.image, !image.isEmpty, !image.contains("://") else { return nil }
    let url =
      image.hasPrefix("/")
      ? URL(fileURLWithPath: image) : folder.root.appendingPathComponent(image)
    return try CoverImage(path: url.path)
  }

  /// Reads and checks an image file.
  public init(path: String) throws(NarrationError) {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path, reason: OutputFolder.reason(error))
    }
    try self.init(bytes: Array(data), name: path)
  }

  /// Checks image bytes; `name` names them in errors.
  public init(bytes: [UInt8], name: String) throws(NarrationError) {
    let dimensions: (width: Int, height: Int)
    if let png = Self.pngSize(bytes) {
      mimeType = "image/png"
      dimensions = png
    } else if let jpeg = Self.jpegSize(bytes) {
      mimeType = "image/jpeg"
      dimensions = jpeg
    } else {
      throw .invalidInput(
        name, problem: "the cover is not a JPEG or PNG image; convert it to one of those")
    }
    guard dimensions.width == dimensions.height else {
      throw .invalidInput(
        name,
        problem:
          "the cover is \(dimensions.width)×\(dimensions.height) pixels; podcast directories "
          + "need a square image (crop it to 3000×3000)")
    }
    guard Self.allowedSizes.contains(dimensions.width) else {
      throw .invalidInput(
        name,
        problem:
          "the cover is \(dimensions.width)×\(dimensions.height) pixels; podcast directories "
          + "need 1400×1400 to 3000×3000 (resize it)")
    }
    size = dimensions.width
    data = bytes
  }

  private static func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    guard bytes.count >= 24, Array(bytes.prefix(8)) == signature,
      Array(bytes[12..<16]) == Array("IHDR".utf8)
    else { return nil }
    return (bigEndian(bytes, at: 16, count: 4), bigEndian(bytes, at: 20, count: 4))
  }

  /// Walks the JPEG markers to the first start-of-frame, which holds the size.
  private static func jpegSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
    guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
    var offset = 2
    while offset + 9 < bytes.count {
      guard bytes[offset] == 0xFF else { return nil }
      let marker = bytes[offset + 1]
      if marker == 0xFF {
        offset += 1
        continue
      }
      let length = bigEndian(bytes, at: offset + 2, count: 2)
      let isFrame = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
      if isFrame {
        return (
          bigEndian(bytes, at: offset + 7, count: 2), bigEndian(bytes, at: offset + 5, count: 2)
        )
      }
      guard length >= 2 else { return nil }
      offset += 2 + length
    }
    return nil
  }

  private static func bigEndian(_ bytes: [UInt8], at offset: Int, count: Int) -> Int {
    bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
  }
}
