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
    guard let info = ImageInfo(bytes: bytes) else {
      throw .invalidInput(
        name, problem: "the cover is not a JPEG or PNG image; convert it to one of those")
    }
    guard info.width == info.height else {
      throw .invalidInput(
        name,
        problem:
          "the cover is \(info.width)×\(info.height) pixels; podcast directories "
          + "need a square image (crop it to 3000×3000)")
    }
    guard Self.allowedSizes.contains(info.width) else {
      throw .invalidInput(
        name,
        problem:
          "the cover is \(info.width)×\(info.height) pixels; podcast directories "
          + "need 1400×1400 to 3000×3000 (resize it)")
    }
    mimeType = info.format.mimeType
    size = info.width
    data = bytes
  }
}
