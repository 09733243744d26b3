import Foundation

/// What `narrate check` found: errors (the feed would be rejected) and warnings.
public struct LintReport: Sendable, Hashable, Codable {
  /// How bad a finding is.
  public enum Severity: String, Sendable, Hashable, Codable {
    /// Apps or directories reject the feed, or an episode will not play or download right.
    case error
    /// Recommended by Apple, Spotify or Podcasting 2.0, or only fine for local testing.
    case warning
  }

  /// One problem.
  public struct Finding: Sendable, Hashable, Codable {
    /// How bad it is.
    public var severity: Severity
    /// A short stable name for the check, such as `enclosure.length`.
    public var check: String
    /// What is wrong and what to do.
    public var message: String
    /// Where: `channel`, or `item N (title)`.
    public var location: String
  }

  /// The feed that was checked.
  public var feed: String
  /// How many episodes it lists.
  public var episodes: Int
  /// Everything found, in document order.
  public var findings: [Finding]

  /// The errors.
  public var errors: [Finding] { findings.filter { $0.severity == .error } }
  /// The warnings.
  public var warnings: [Finding] { findings.filter { $0.severity == .warning } }

  /// The report as lines for people: one per finding, then a summary.
  public var text: String {
    var lines = findings.map {
      "\($0.severity.rawValue): \($0.location): \($0.message) [\($0.check)]"
    }
    lines.append(
      "\(feed): \(episodes) episode\(episodes == 1 ? "" : "s"), \(errors.count) error"
        + "\(errors.count == 1 ? "" : "s"), \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
    )
    return lines.joined(separator: "\n") + "\n"
  }

  /// The report as JSON for machines (sorted keys).
  public var json: String {
    struct Output: Encodable {
      var feed: String
      var episodes: Int
      var errors: Int
      var warnings: Int
      var findings: [Finding]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let output = Output(
      feed: feed, episodes: episodes, errors: errors.count, warnings: warnings.count,
      findings: findings)
    // Encoding plain value types cannot fail.
    return String(decoding: (try? encoder.encode(output)) ?? Data(), as: UTF8.self) + "\n"
  }
}
