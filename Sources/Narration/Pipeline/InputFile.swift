import Foundation

/// Reads an article file (named on the command line or in a batch), with errors that say what
/// to do.
public enum InputFile {
  /// The bytes of the file at `path`; `folderAdvice` says what to give instead of a folder.
  ///
  /// - Throws: ``NarrationError/fileNotFound(_:)`` when nothing is there,
  ///   ``NarrationError/invalidInput(_:problem:)`` for a folder, and
  ///   ``NarrationError/unreadable(_:reason:)`` when reading fails.
  public static func data(
    at path: String, folderAdvice: String = folderAdvice
  ) throws(NarrationError) -> Data {
    try check(path, folderAdvice: folderAdvice)
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path, reason: OutputFolder.reason(error))
    }
  }

  /// What the error for a folder given as an article file tells the user to do.
  public static let folderAdvice = "give article files (or use `narrate batch`)"

  /// Fails as ``data(at:folderAdvice:)`` would when nothing is at `path` or it is a folder,
  /// without reading.
  public static func check(
    _ path: String, folderAdvice: String = folderAdvice
  ) throws(NarrationError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .fileNotFound(path)
    }
    guard !isDirectory.boolValue else {
      throw .invalidInput(path, problem: "is a folder; \(folderAdvice)")
    }
  }
}
