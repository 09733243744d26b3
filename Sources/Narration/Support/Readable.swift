import Foundation

/// Formats durations and sizes for progress lines ("4:12", "1:02:03", "2.0 MB", "544 kB").
public enum Readable {
  /// A duration as minutes:seconds, or hours:minutes:seconds from one hour on.
  public static func duration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    return total >= 3600
      ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
      : String(format: "%d:%02d", total / 60, total % 60)
  }

  /// A byte count in megabytes from one million bytes on, else in kilobytes.
  public static func bytes(_ count: Int) -> String {
    count >= 1_000_000
      ? String(format: "%.1f MB", Double(count) / 1e6)
      : String(format: "%.0f kB", Double(count) / 1e3)
  }
}
