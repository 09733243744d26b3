import Foundation
import Testing

@testable import Narration

/// The first- and last-byte check that settles most lines for the rules tried on every line.
@Suite struct EdgeBytesTests {
  private func bytes(_ texts: String...) -> [[UInt8]] { texts.map { Array($0.utf8) } }

  @Test func aLineWhoseEdgesNoRuleStartsOrEndsWithRulesThoseRulesOut() {
    let edges = EdgeBytes([
      (starts: bytes("related"), ends: []),
      (starts: bytes("["), ends: bytes("]")),
      nil,
    ])
    #expect(edges.possible("RelatedCity unveils its new bike lanes") & 0b001 != 0)
    #expect(edges.possible("The city unveils its new bike lanes") & 0b001 == 0)
    #expect(edges.possible("[quay.jpg]") & 0b010 != 0)
    #expect(edges.possible("a photo of the quay]") & 0b010 != 0)
    #expect(edges.possible("A photo of the quay") & 0b010 == 0)
    // A rule without literal edges may match any line.
    #expect(edges.possible("The city unveils its new bike lanes") & 0b100 != 0)
  }

  @Test func endingsAreReadBeforeTrailingSpacesAndFullStops() {
    let edges = EdgeBytes([(starts: [], ends: bytes("min"))])
    #expect(edges.possible("5 min. ") == edges.possible("5 min"))
    #expect(edges.possible("5 min. ") & 1 != 0)
    #expect(edges.possible("The ferry is late.") & 1 == 0)
  }

  @Test func linesThatStartOrEndBeyondASCIIMayMatchAnyRule() {
    // The Kelvin sign lowercases to "k", and "İ" to "i" and a combining dot.
    let edges = EdgeBytes([(starts: bytes("km"), ends: bytes("i"))])
    #expect(edges.possible("\u{212A}m to the quay") & 1 != 0)
    #expect(edges.possible("Km to the quay") & 1 != 0)
    #expect(edges.possible("Miles to the quay") & 1 == 0)
    #expect(edges.possible("to the quay at \u{130}") & 1 != 0)
    #expect(edges.possible("") == .max)
    #expect(edges.possible("...") & 1 != 0)
  }

  @Test func rulesPastTheSixtyThirdShareTheLastBitAndAreAlwaysTried() {
    let rules = [(starts: [[UInt8]], ends: [[UInt8]])?](
      repeating: (starts: bytes("x"), ends: []), count: 70)
    let edges = EdgeBytes(rules)
    #expect(edges.possible("A line") == 1 << 63)
    #expect(edges.possible("x line") == .max)
  }

  @Test func theMatcherStillFindsEveryRuleThroughTheCheck() throws {
    let yaml = """
      rules:
        - id: glued-related
          maxWords: 24
          startsWith: [related]
          pattern: 'related(?-i:\\p{Lu}).{1,80}'
          note: A rule without keywords, tried on every line.
        - id: bracketed-image
          maxWords: 1
          startsWith: ["["]
          endsWith: ["]"]
          pattern: '\\[[^\\]\\s]{1,40}\\]'
          note: Another.
      """
    let matcher = RuleMatcher(try CleaningRules.parse(yaml: yaml, name: "r"))
    #expect(matcher.lineRule("RelatedCity unveils plan for new bike lanes") == "glued-related")
    #expect(matcher.lineRule("Related stories about the city") == nil)
    #expect(matcher.lineRule("[quay.jpg]") == "bracketed-image")
    #expect(matcher.lineRule("quay.jpg") == nil)
  }
}
