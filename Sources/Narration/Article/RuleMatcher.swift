import Foundation

/// The cleaning rules compiled once for one cleaning run, and asked line by line.
///
/// Lines longer than ``maximumLineLength`` are never matched: chrome lines are short, and this
/// keeps a page that is one huge line from costing a regular-expression pass per rule.
struct RuleMatcher {
  /// The longest line (in UTF-8 bytes) that whole-line rules are tried on.
  static let maximumLineLength = 400

  private let lineRules: [(id: String, regex: NSRegularExpression)]
  private let sectionRules: [(id: String, regex: NSRegularExpression)]
  private let elementRules: [(id: String, regex: NSRegularExpression)]
  /// Lowercased words that end with a full stop without ending a sentence.
  let abbreviations: Set<String>

  init(_ rules: CleaningRules) {
    func compile(_ scope: CleaningRules.Rule.Scope, whole: Bool) -> [(
      id: String, regex: NSRegularExpression
    )] {
      rules.rules.filter { ($0.scope ?? .line) == scope }.compactMap { rule in
        let pattern = whole ? "^(?:" + rule.pattern + ")$" : rule.pattern
        // Patterns were checked when the rule file was parsed; a failure here skips the rule.
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        else { return nil }
        return (rule.id, regex)
      }
    }
    lineRules = compile(.line, whole: true)
    sectionRules = compile(.section, whole: true)
    elementRules = compile(.element, whole: false)
    abbreviations = rules.abbreviations
  }

  /// The id of the first line rule that matches the whole line, if any.
  func lineRule(_ line: String) -> String? {
    first(of: lineRules, in: line)
  }

  /// The id of the first section rule that matches the whole line, if any.
  func sectionRule(_ line: String) -> String? {
    first(of: sectionRules, in: line)
  }

  /// The id of the first element rule found in an element's class and id, if any.
  func elementRule(_ classAndID: String) -> String? {
    guard !classAndID.isEmpty else { return nil }
    let range = NSRange(classAndID.startIndex..., in: classAndID)
    return elementRules.first { $0.regex.firstMatch(in: classAndID, range: range) != nil }?.id
  }

  private func first(of rules: [(id: String, regex: NSRegularExpression)], in line: String)
    -> String?
  {
    guard !line.isEmpty, line.utf8.count <= Self.maximumLineLength else { return nil }
    let range = NSRange(line.startIndex..., in: line)
    return rules.first { $0.regex.firstMatch(in: line, range: range) != nil }?.id
  }
}
