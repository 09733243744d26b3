import Foundation

/// A shell-style file pattern (`*`, `?`, `[...]`, and `**` for any number of folders), for inputs
/// the shell did not expand (quoted, or from CI configuration).
public struct GlobPattern: Sendable {
  /// The pattern as given.
  public var pattern: String
  /// The folder to search: the pattern's components before the first one with a wildcard.
  public var base: String
  private let expression: NSRegularExpression

  /// Whether text contains a wildcard, so it is a pattern rather than a path.
  public static func isPattern(_ text: String) -> Bool {
    text.contains { "*?[".contains($0) }
  }

  /// Compiles a pattern.
  public init(_ pattern: String) throws(NarrationError) {
    self.pattern = pattern
    let components = pattern.split(separator: "/", omittingEmptySubsequences: false)
    let fixed = components.prefix { !Self.isPattern(String($0)) }
    var base = fixed.joined(separator: "/")
    if base.isEmpty { base = pattern.hasPrefix("/") ? "/" : "." }
    self.base = base
    var regex = "^"
    var index = pattern.startIndex
    while index < pattern.endIndex {
      let character = pattern[index]
      let rest = pattern[index...]
      if rest.hasPrefix("**/") {
        regex += "(?:.*/)?"
        index = pattern.index(index, offsetBy: 3)
        continue
      } else if rest.hasPrefix("**") {
        regex += ".*"
        index = pattern.index(index, offsetBy: 2)
        continue
      }
      switch character {
      case "*": regex += "[^/]*"
      case "?": regex += "[^/]"
      case "[":
        if let close = rest.dropFirst().firstIndex(of: "]") {
          var set = String(pattern[pattern.index(after: index)..<close])
          if set.hasPrefix("!") { set = "^" + set.dropFirst() }
          regex += "[" + set.replacingOccurrences(of: "\\", with: "\\\\") + "]"
          index = pattern.index(after: close)
          continue
        }
        regex += "\\["
      default:
        regex += NSRegularExpression.escapedPattern(for: String(character))
      }
      index = pattern.index(after: index)
    }
    regex += "$"
    do {
      expression = try NSRegularExpression(pattern: regex)
    } catch {
      throw .invalidInput(pattern, problem: "not a valid file pattern")
    }
  }

  /// Whether a path (as the search names it, starting with ``base``) matches.
  public func matches(_ path: String) -> Bool {
    expression.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
  }

  /// Every file below ``base`` that matches, sorted; hidden files and folders are skipped.
  public func files() -> [String] {
    var result: [String] = []
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return [] }
    for relative in BatchInputs.walk(base) {
      let path = base == "." && !pattern.hasPrefix("./") ? relative : base + "/" + relative
      if matches(path) { result.append(path) }
    }
    return result.sorted()
  }
}
