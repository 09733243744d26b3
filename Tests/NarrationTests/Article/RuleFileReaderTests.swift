import Testing

@testable import Narration

/// A rule file reads into the rules it spells out, and a mistake in one is reported with the
/// rule, the key and the line.
@Suite struct RuleFileReaderTests {
  /// The problem a rule file's error reports, or `nil` when the file reads.
  func problem(_ yaml: String) -> String? {
    do {
      _ = try RuleFileReader(name: "mine.yml").read(yaml)
      return nil
    } catch {
      guard case .invalidInput(let name, let problem) = error, name == "mine.yml" else {
        return "unexpected error: \(error)"
      }
      return problem
    }
  }

  @Test func everyKeyReadsIntoItsField() throws {
    let yaml = """
      rules:
        - id: ferry-box
          note: A box about ferries.
          pattern: 'ferry (times|tickets)'
          phrases: [ferry times, "Ferry tickets"]
          contains: [by ferry]
          startsWith: [ferry]
          endsWith: [tickets]
          scope: section
          keywords: [ferry, '#']
          maxWords: 12
          weight: -25
          interrupts: true
          closes: false
          marksCaption: yes
          matchesLongLineEnd: on
          marksTeaser: false
          marksForm: true
        - id: quay-note
          note: Only the required keys, and nulls for the rest.
          pattern:
          scope: ~
          maxWords: null
          phrases: ['null']
      abbreviations: [Dec, Dr]
      languages:
        en: [the, and, "no"]
        es: [el, no]
      """
    let contents = try RuleFileReader(name: "mine.yml").read(yaml)
    #expect(
      contents.rules[0]
        == CleaningRules.Rule(
          id: "ferry-box", pattern: "ferry (times|tickets)", note: "A box about ferries.",
          scope: .section, keywords: ["ferry", "#"], maxWords: 12, interrupts: true,
          phrases: ["ferry times", "Ferry tickets"], contains: ["by ferry"],
          startsWith: ["ferry"], endsWith: ["tickets"], weight: -25, marksCaption: true,
          matchesLongLineEnd: true, marksTeaser: false, marksForm: true, closes: false))
    // A null leaves a key out; a quoted "null" is the text.
    #expect(
      contents.rules[1]
        == CleaningRules.Rule(
          id: "quay-note", note: "Only the required keys, and nulls for the rest.",
          phrases: ["null"]))
    #expect(contents.rules.count == 2)
    #expect(contents.abbreviations == ["Dec", "Dr"])
    // Stop words stay text, even the ones YAML 1.1 would read as false.
    #expect(contents.languages == ["en": ["the", "and", "no"], "es": ["el", "no"]])
  }

  @Test func anEmptyFileHasNoRules() throws {
    let contents = try RuleFileReader(name: "mine.yml").read("# nothing yet\n")
    #expect(contents.rules.isEmpty && contents.abbreviations.isEmpty && contents.languages.isEmpty)
  }

  @Test func aMisspeltKeyIsReportedWithItsRuleAndLine() {
    let yaml = """
      rules:
        - id: ferry-box
          note: A box about ferries.
          pattren: 'ferry times'
      """
    let problem = problem(yaml)
    #expect(problem?.contains("line 4") == true)
    #expect(problem?.contains("rule 'ferry-box' has an unknown key 'pattren'") == true)
    #expect(problem?.contains("pattern") == true)
    #expect(self.problem("rule:\n  - id: x\n    note: n\n")?.contains("unknown key 'rule'") == true)
  }

  @Test func valuesOfTheWrongKindAreReported() {
    func problem(_ key: String, _ value: String) -> String? {
      self.problem("rules:\n  - id: quay\n    note: n\n    \(key): \(value)\n")
    }
    #expect(problem("maxWords", "many")?.contains("'maxWords' of rule 'quay' is 'many'") == true)
    #expect(problem("closes", "maybe")?.contains("must be true or false") == true)
    #expect(problem("scope", "paragraph")?.contains("one of line, section") == true)
    #expect(problem("keywords", "ferry")?.contains("must be a list") == true)
    #expect(problem("pattern", "[a, b]")?.contains("must be text") == true)
    #expect(self.problem("rules: {}\n")?.contains("rules must be a list") == true)
    #expect(self.problem("rules:\n  - note: n\n")?.contains("rule 1 has no id") == true)
    #expect(self.problem("rules:\n  - id: quay\n")?.contains("rule 'quay' has no note") == true)
    #expect(self.problem("rules: [")?.contains("not a valid rule file") == true)
  }

  @Test func theBundledFilesRead() throws {
    let rules = try CleaningRules.bundled()
    #expect(rules.rules.count > 50)
    #expect(rules.rules.allSatisfy { !$0.id.isEmpty && !$0.note.isEmpty })
    #expect(rules.rules.contains { $0.closes == true && $0.scope == .section })
    #expect(rules.rules.contains { $0.weight != nil && $0.scope == .weight })
    #expect(rules.stopWords["es"]?.contains("no") == true)
    #expect(rules.abbreviations.contains("dec"))
  }
}
