import Yams

/// Reads a rule file's YAML into its rules, abbreviations and stop words.
///
/// Every run of narrate reads the bundled rule files before its first line, and decoding them
/// through Codable took about 5 ms of a 26 ms start-up: Yams matched every scalar against a
/// tag expression and looked each of a rule's keys up by name. This walks the parsed nodes
/// once, in file order, and takes scalars as the text they are. Unlike Codable decoding, it
/// rejects keys it does not know, so that a misspelt key in a user's rule file is an error
/// that names it rather than a rule that silently does less.
struct RuleFileReader {
  /// What a rule file holds.
  struct Contents {
    var rules: [CleaningRules.Rule] = []
    var abbreviations: [String] = []
    var languages: [String: [String]] = [:]
  }

  /// The keys a rule may have.
  static let ruleKeys = [
    "id", "note", "pattern", "phrases", "contains", "startsWith", "endsWith", "scope", "keywords",
    "maxWords", "interrupts", "closes", "marksCaption", "matchesLongLineEnd", "marksTeaser",
    "marksForm", "weight",
  ]

  /// The file's name or path, for errors.
  let name: String

  /// Parses the YAML text of a rule file.
  func read(_ yaml: String) throws(NarrationError) -> Contents {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml, .basic)
    } catch {
      throw .invalidInput(name, problem: "not a valid rule file: \(error)")
    }
    var contents = Contents()
    guard let root, !isNull(root) else { return contents }
    for (key, value) in try mapping(root, "the file") {
      switch try text(key, "a key of the file") {
      case "rules":
        for (number, node) in try list(value, "rules").enumerated() {
          contents.rules.append(try rule(node, number: number + 1))
        }
      case "abbreviations":
        contents.abbreviations = try texts(value, "abbreviations")
      case "languages":
        for (tag, words) in try mapping(value, "languages") {
          let tag = try text(tag, "a language tag")
          contents.languages[tag] = try texts(words, "the stop words of '\(tag)'")
        }
      case let other:
        throw problem(
          key, "unknown key '\(other)'; a rule file has rules, abbreviations and languages")
      }
    }
    return contents
  }

  /// One rule of the `rules:` list (`number` counts from 1, for errors before its id is known).
  private func rule(_ node: Node, number: Int) throws(NarrationError) -> CleaningRules.Rule {
    let pairs = try mapping(node, "rule \(number)")
    var named: [String: Node] = [:]
    for (key, value) in pairs { named[try text(key, "a key of rule \(number)")] = value }
    guard let idNode = named["id"], let id = try optionalText(idNode, "the id of rule \(number)")
    else { throw problem(node, "rule \(number) has no id") }
    guard let noteNode = named["note"], let note = try optionalText(noteNode, "the note of '\(id)'")
    else { throw problem(node, "rule '\(id)' has no note saying what it is for") }
    var rule = CleaningRules.Rule(id: id, note: note)
    for (keyNode, value) in pairs {
      let key = try text(keyNode, "a key of '\(id)'")
      let field = "'\(key)' of rule '\(id)'"
      switch key {
      case "id", "note": continue
      case "pattern": rule.pattern = try optionalText(value, field)
      case "phrases": rule.phrases = try optionalTexts(value, field)
      case "contains": rule.contains = try optionalTexts(value, field)
      case "startsWith": rule.startsWith = try optionalTexts(value, field)
      case "endsWith": rule.endsWith = try optionalTexts(value, field)
      case "keywords": rule.keywords = try optionalTexts(value, field)
      case "scope":
        guard let scope = try optionalText(value, field) else { continue }
        guard let known = CleaningRules.Rule.Scope(rawValue: scope) else {
          throw problem(
            value,
            "\(field) is '\(scope)'; it is one of line, section, element, edge, weight, embed"
          )
        }
        rule.scope = known
      case "maxWords": rule.maxWords = try optionalNumber(value, field)
      case "weight": rule.weight = try optionalNumber(value, field)
      case "interrupts": rule.interrupts = try optionalFlag(value, field)
      case "closes": rule.closes = try optionalFlag(value, field)
      case "marksCaption": rule.marksCaption = try optionalFlag(value, field)
      case "matchesLongLineEnd": rule.matchesLongLineEnd = try optionalFlag(value, field)
      case "marksTeaser": rule.marksTeaser = try optionalFlag(value, field)
      case "marksForm": rule.marksForm = try optionalFlag(value, field)
      default:
        throw problem(
          keyNode,
          "rule '\(id)' has an unknown key '\(key)'; the keys are "
            + Self.ruleKeys.joined(separator: ", "))
      }
    }
    return rule
  }

  // MARK: Nodes

  /// Whether a node is YAML's null: an empty or `~`/`null` plain scalar.
  private func isNull(_ node: Node) -> Bool {
    guard let scalar = node.scalar, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  private func mapping(_ node: Node, _ what: String) throws(NarrationError) -> Node.Mapping {
    guard let mapping = node.mapping else { throw problem(node, "\(what) must be a mapping") }
    return mapping
  }

  private func list(_ node: Node, _ what: String) throws(NarrationError) -> Node.Sequence {
    guard let sequence = node.sequence else { throw problem(node, "\(what) must be a list") }
    return sequence
  }

  private func text(_ node: Node, _ what: String) throws(NarrationError) -> String {
    guard let scalar = node.scalar else { throw problem(node, "\(what) must be text") }
    return scalar.string
  }

  private func texts(_ node: Node, _ what: String) throws(NarrationError) -> [String] {
    var result: [String] = []
    for item in try list(node, what) { result.append(try text(item, "each of \(what)")) }
    return result
  }

  private func optionalText(_ node: Node, _ what: String) throws(NarrationError) -> String? {
    if isNull(node) { return nil }
    return try text(node, what)
  }

  private func optionalTexts(_ node: Node, _ what: String) throws(NarrationError) -> [String]? {
    if isNull(node) { return nil }
    return try texts(node, what)
  }

  private func optionalNumber(_ node: Node, _ what: String) throws(NarrationError) -> Int? {
    guard let value = try optionalText(node, what) else { return nil }
    guard let number = Int(value) else {
      throw problem(node, "\(what) is '\(value)'; it must be a whole number")
    }
    return number
  }

  private func optionalFlag(_ node: Node, _ what: String) throws(NarrationError) -> Bool? {
    guard let value = try optionalText(node, what) else { return nil }
    switch value.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw problem(node, "\(what) is '\(value)'; it must be true or false")
    }
  }

  /// An error about the file at a node's line.
  private func problem(_ node: Node, _ message: String) -> NarrationError {
    guard let line = node.mark?.line else { return .invalidInput(name, problem: message) }
    return .invalidInput(name, problem: "line \(line): \(message)")
  }
}
