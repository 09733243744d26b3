/// Fills a preset's intro, byline, outro or disclosure sentence with the episode's details.
///
/// Placeholders are `{show}`, `{title}`, `{author}` and `{date}`. A part in single square
/// brackets is optional: it is left out when a placeholder inside it has no value, so
/// `From {show}: {title}[, by {author}].` reads well with or without an author. `[[...]]` is
/// not a group: it is eSpeak phoneme input and is kept as written. A placeholder outside any
/// group with no value leaves the whole sentence out.
public enum ScriptTemplate {
  /// The placeholders a template may use.
  public static let placeholders = ["show", "title", "author", "date"]

  /// Checks a template's placeholders and brackets, naming the preset file and key on error.
  static func validate(_ template: String, file: String, key: String) throws(NarrationError) {
    switch parse(template) {
    case .failure(let problem):
      throw .invalidPreset(file, problem: "'\(key)': \(problem)")
    case .success:
      return
    }
  }

  /// The template with values filled in, or nil when nothing (or nothing required) is left.
  public static func fill(_ template: String, values: [String: String]) -> String? {
    guard case .success(let parts) = parse(template) else { return nil }
    func has(_ name: String) -> Bool {
      guard let value = values[name] else { return false }
      return !value.trimmingCharacters(in: .whitespaces).isEmpty
    }
    var result = ""
    for part in parts {
      switch part {
      case .literal(let text): result += text
      case .placeholder(let name):
        guard has(name), let value = values[name] else { return nil }
        result += value
      case .group(let inner):
        let names = inner.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
        guard names.allSatisfy(has) else { continue }
        for piece in inner {
          switch piece {
          case .literal(let text): result += text
          case .placeholder(let name): result += values[name] ?? ""
          case .group: break
          }
        }
      }
    }
    let collapsed = result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return collapsed.isEmpty || collapsed.allSatisfy(\.isPunctuation) ? nil : collapsed
  }

  private indirect enum Part {
    case literal(String)
    case placeholder(String)
    case group([Part])
  }

  private static func parse(_ template: String) -> Result<[Part], TemplateProblem> {
    var top: [Part] = []
    var group: [Part]?
    var literal = ""
    func flush() {
      guard !literal.isEmpty else { return }
      if group != nil { group?.append(.literal(literal)) } else { top.append(.literal(literal)) }
      literal = ""
    }
    var index = template.startIndex
    while index < template.endIndex {
      let character = template[index]
      let rest = template[index...]
      if rest.hasPrefix("[[") {
        guard let close = rest.firstRange(of: "]]") else {
          return .failure(TemplateProblem("'[[' without a closing ']]'"))
        }
        literal += rest[..<close.upperBound]
        index = close.upperBound
        continue
      }
      switch character {
      case "{":
        guard let close = rest.firstIndex(of: "}") else {
          return .failure(TemplateProblem("'{' without a closing '}'"))
        }
        let name = String(rest[rest.index(after: rest.startIndex)..<close])
        guard placeholders.contains(name) else {
          let nearest = VoiceCatalog.nearest(name, in: placeholders, count: 2)
          return .failure(
            TemplateProblem(
              "unknown placeholder {\(name)}; did you mean "
                + nearest.map { "{\($0)}" }.joined(separator: " or ") + "?"))
        }
        flush()
        if group != nil {
          group?.append(.placeholder(name))
        } else {
          top.append(.placeholder(name))
        }
        index = template.index(after: close)
        continue
      case "[":
        guard group == nil else { return .failure(TemplateProblem("optional parts cannot nest")) }
        flush()
        group = []
      case "]":
        guard let inner = group else { return .failure(TemplateProblem("']' without '['")) }
        flush()
        top.append(.group(group ?? inner))
        group = nil
      default:
        literal.append(character)
      }
      index = template.index(after: index)
    }
    guard group == nil else { return .failure(TemplateProblem("'[' without a closing ']'")) }
    flush()
    return .success(top)
  }

  private struct TemplateProblem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
