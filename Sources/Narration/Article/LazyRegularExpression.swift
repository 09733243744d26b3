import Foundation

/// A rule's regular expression, compiled the first time a text reaches it.
///
/// Most lines are settled by a rule's cheap checks (keywords, word limits, literal pieces)
/// before its pattern would run, so a single page needs few of the bundled patterns. Compiling
/// each on first use keeps the rest out of every run's start-up. Safe to share between
/// threads: the first use compiles under a lock, and a compiled `NSRegularExpression` is
/// immutable.
final class LazyRegularExpression: @unchecked Sendable {
  /// The pattern, as given to `NSRegularExpression`.
  let pattern: String
  let options: NSRegularExpression.Options
  private let lock = NSLock()
  /// What the first use compiled: `nil` before it.
  ///
  /// Holds `.some(nil)` for a pattern that does not compile. Read and written under `lock`.
  private var compiled: NSRegularExpression??

  /// Holds a pattern to compile on first use.
  init(pattern: String, options: NSRegularExpression.Options = []) {
    self.pattern = pattern
    self.options = options
  }

  /// The compiled expression, or `nil` when the pattern does not compile.
  ///
  /// Rule files are checked when they are read (``CleaningRules/parse(yaml:name:)``) and the
  /// bundled ones by the tests, so a pattern that fails here is one no check saw; it then
  /// matches nothing.
  var expression: NSRegularExpression? {
    lock.lock()
    defer { lock.unlock() }
    if let compiled { return compiled }
    let made = try? NSRegularExpression(pattern: pattern, options: options)
    compiled = .some(made)
    return made
  }

  /// Whether the expression matches somewhere in `text`.
  func matches(in text: String) -> Bool {
    guard let expression else { return false }
    return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }
}
