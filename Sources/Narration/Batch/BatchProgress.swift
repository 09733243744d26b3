import Foundation

/// Turns batch events into what a person or a CI log should see.
///
/// On a terminal: a status line redrawn in place (a bar, counts, audio minutes done, ETA), with
/// failures printed above it. Elsewhere: one plain line per article. With GitHub Actions, a
/// failure is also an `::error file=…::` annotation. A pure formatter: the caller writes.
public struct BatchProgress: Sendable {
  /// What to print.
  public enum Output: Sendable, Hashable {
    /// A line that stays.
    case line(String)
    /// The status line, replacing the previous one (terminal only).
    case status(String)
  }

  /// Whether the output is a terminal.
  public var terminal: Bool
  /// Whether to print GitHub Actions annotations.
  public var githubActions: Bool
  private var started: Date
  private var articles = 0
  private var toBuild = 0
  private var cached = 0
  private var built = 0
  private var failed = 0
  private var skipped = 0
  private var audioSeconds = 0.0

  /// Creates a formatter; `now` is when the batch started.
  public init(terminal: Bool, githubActions: Bool, now: Date = Date()) {
    self.terminal = terminal
    self.githubActions = githubActions
    self.started = now
  }

  /// What to print for an event that happened at `now`.
  public mutating func handle(_ event: BatchEvent, now: Date = Date()) -> [Output] {
    switch event {
    case .waiting(let holder):
      return [.line("waiting: \(holder) holds the output folder (--no-wait to fail instead)")]
    case .planned(let articles, let cached, let toBuild, let pruned):
      self.articles = articles
      self.toBuild = toBuild
      var text = "batch: \(articles) article\(articles == 1 ? "" : "s"), \(cached) up to date, "
      text += "\(toBuild) to build"
      if pruned > 0 { text += ", \(pruned) to prune" }
      return [.line(text)] + (terminal ? [.status(statusLine(now: now))] : [])
    case .warning(let text):
      return [.line("narrate: warning: \(text)")]
    case .finished(let outcome):
      return finished(outcome, now: now)
    }
  }

  private mutating func finished(_ outcome: BatchOutcome, now: Date) -> [Output] {
    var result: [Output] = []
    let name = outcome.source
    switch outcome.status {
    case .built:
      built += 1
      audioSeconds += outcome.audioSeconds
      if !terminal {
        let speed = outcome.seconds > 0 ? Int(outcome.audioSeconds / outcome.seconds) : 0
        result.append(
          .line(
            "built \(name) → \(outcome.slug ?? "?").mp3 (\(Readable.duration(outcome.audioSeconds)), "
              + "\(Readable.bytes(outcome.bytes)), \(speed)× real time)"))
      }
    case .cached:
      cached += 1
      if !terminal { result.append(.line("up to date \(name) → \(outcome.slug ?? "?").mp3")) }
    case .failed:
      failed += 1
      let error = outcome.error ?? "unknown error"
      result.append(.line("failed " + (error.hasPrefix(name) ? error : "\(name): \(error)")))
      if githubActions {
        result.append(
          .line(
            "::error file=\(Self.annotation(name, property: true))::"
              + Self.annotation(outcome.error ?? "failed", property: false)))
      }
    case .skipped:
      skipped += 1
      if !terminal { result.append(.line("skipped \(name) (--fail-fast)")) }
    case .pruned:
      result.append(.line("pruned \(outcome.slug ?? name) (its source \(name) is gone)"))
    }
    if terminal { result.append(.status(statusLine(now: now))) }
    return result
  }

  /// `[######----] 12/50 · 3 up to date · 1 failed · 4.2 min audio · ETA 0:35`.
  func statusLine(now: Date) -> String {
    let done = built + failed + skipped
    let width = 24
    let filled = toBuild == 0 ? width : width * done / toBuild
    var text = "[" + String(repeating: "#", count: filled)
    text += String(repeating: "-", count: width - filled) + "] \(done)/\(toBuild) built"
    if cached > 0 { text += " · \(cached) up to date" }
    if failed > 0 { text += " · \(failed) failed" }
    text += String(format: " · %.1f min audio", audioSeconds / 60)
    let elapsed = now.timeIntervalSince(started)
    if done > 0, done < toBuild {
      text += " · ETA " + Readable.duration(elapsed / Double(done) * Double(toBuild - done))
    } else if done == toBuild {
      text += " · " + Readable.duration(elapsed)
    }
    return text
  }

  /// A final summary line for a report.
  public static func summary(_ report: BatchReport) -> String {
    let t = report.totals
    var text = "batch \(report.shard): \(t.built) built, \(t.cached) up to date"
    if t.failed > 0 { text += ", \(t.failed) failed" }
    if t.skipped > 0 { text += ", \(t.skipped) skipped" }
    if t.pruned > 0 { text += ", \(t.pruned) pruned" }
    text +=
      "; \(Readable.duration(t.builtAudioSeconds)) of audio narrated in \(Readable.duration(t.seconds))"
    return text
  }

  /// GitHub Actions' escaping for an annotation's message, or (more strictly) a property.
  static func annotation(_ text: String, property: Bool) -> String {
    let data = text.replacingOccurrences(of: "%", with: "%25")
      .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    guard property else { return data }
    return data.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(
      of: ",", with: "%2C")
  }
}
