import Foundation

/// Writes progress and errors to standard error, one line each.
enum Console {
  static func status(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  static func error(_ error: any Error) {
    status("narrate: error: \(error)")
  }
}
