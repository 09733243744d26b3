import Foundation

/// Reads an article file named on the command line, with errors that say what to do.
public enum InputFile {
  /// The bytes of the file at `path`.
  ///
  /// - Throws: ``NarrationError/fileNotFound(_:)`` when nothing is there,
  ///   ``NarrationError/invalidInput(_:problem:)`` for a folder, and
  ///   ``NarrationError/unreadable(_:reason:)`` when reading fails.
  public static func data(at path: String) throws(NarrationError) -> Data {
    try check(path)
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path, reason: OutputFolder.reason(error))
    }
  }

  /// Fails as ``data(at:)`` would when nothing is at `path` or it is a folder, without reading.
  public static func check(_ path: String) throws(NarrationError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .fileNotFound(path)
    }
    guard !isDirectory.boolValue else {
      throw .invalidInput(path, problem: "is a folder; give article files (or use `narrate batch`)")
    }
  }
}
