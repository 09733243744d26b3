import Foundation

/// Locates the data files (rules and tables) bundled with the Narration library.
enum Resources {
  /// The URL of a bundled resource, given its path below `Resources/`.
  static func url(_ relativePath: String) -> URL {
    // `.copy("Resources")` keeps the folder name inside the bundle on every platform.
    Bundle.module.bundleURL.appendingPathComponent("Resources/" + relativePath)
  }

  /// Reads a text file, turning failures into a ``NarrationError``.
  static func text(at url: URL) throws(NarrationError) -> String {
    do {
      return try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw .unreadable(url.path, reason: "\(error.localizedDescription)")
    }
  }
}
