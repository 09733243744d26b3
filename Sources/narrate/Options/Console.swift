import Foundation

/// Writes progress and errors to standard error, one line each.
enum Console {
  static func status(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  static func error(_ error: any Error) {
    status("narrate: error: \(error)")
  }

  static func duration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    return total >= 3600
      ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
      : String(format: "%d:%02d", total / 60, total % 60)
  }

  static func bytes(_ count: Int) -> String {
    count >= 1_000_000
      ? String(format: "%.1f MB", Double(count) / 1e6)
      : String(format: "%.0f kB", Double(count) / 1e3)
  }
}
