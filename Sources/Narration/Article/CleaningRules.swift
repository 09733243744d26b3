import Foundation
import Yams

/// Boilerplate rules, loaded from data files: each recognises one kind of page chrome.
///
/// The bundled file is `Resources/Rules/boilerplate.yml`; users add their own with `--rules`.
public struct CleaningRules: Sendable, Hashable {
  /// One rule: a pattern that marks a whole line as page chrome, and a note on what it is for.
  public struct Rule: Sendable, Hashable, Codable {
    /// A short stable identifier, shown by `--explain`.
    public var id: String
    /// A regular expression matched against the whole trimmed line, case-insensitively.
    public var pattern: String
    /// What the rule is for, for people reading the rule file.
    public var note: String
  }

  /// The rules, in file order.
  public var rules: [Rule]

  /// Creates a rule set.
  public init(rules: [Rule]) {
    self.rules = rules
  }

  /// Decodes rules from YAML text (a `rules:` list of `id`, `pattern`, `note`).
  public static func parse(yaml: String, name: String) throws(NarrationError) -> CleaningRules {
    struct File: Codable { var rules: [Rule] }
    do {
      let file = try YAMLDecoder().decode(File.self, from: yaml)
      for rule in file.rules {
        do {
          _ = try NSRegularExpression(pattern: rule.pattern)
        } catch {
          throw NarrationError.invalidInput(
            name, problem: "rule '\(rule.id)' has an invalid pattern: \(rule.pattern)")
        }
      }
      return CleaningRules(rules: file.rules)
    } catch let error as NarrationError {
      throw error
    } catch {
      throw .invalidInput(name, problem: "not a valid rule file: \(error)")
    }
  }

  /// The rules that ship with narrate.
  public static func bundled() throws(NarrationError) -> CleaningRules {
    let url = Resources.url("Rules/boilerplate.yml")
    return try parse(yaml: try Resources.text(at: url), name: url.path)
  }

  /// This rule set followed by another's rules.
  public func adding(_ other: CleaningRules) -> CleaningRules {
    CleaningRules(rules: rules + other.rules)
  }
}
