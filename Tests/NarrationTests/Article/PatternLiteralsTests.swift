import Foundation
import Testing

@testable import Narration

/// The literal pieces read from rule patterns, which let the matcher pass over lines without
/// running a regular expression, and the lowercasing the matcher compares them on.
@Suite struct PatternLiteralsTests {
  @Test func sequencesAndAlternationsGiveThePiecesEveryMatchContains() {
    #expect(
      PatternLiterals.required("(get|join) our newsletter.*")
        == [[["get our newsletter", "join our newsletter"]]])
    #expect(
      PatternLiterals.required(".{0,200}(getty images|shutterstock)\\.?")
        == [[["getty images", "shutterstock"]]])
    #expect(PatternLiterals.required("your E-?Mail") == [[["your e-mail", "your email"]]])
    #expect(PatternLiterals.required("[a-z]+\\.(com|org)/?") == [[[".com", ".org"]]])
    #expect(
      PatternLiterals.required("(?=read)reading time:? \\d+")
        == [[["reading time ", "reading time: "]]])
    #expect(
      PatternLiterals.required("\\d+ (shares?|likes?)") == [[[" like", " share"]]])
  }

  @Test func partsApartInASequenceAreEachRequired() {
    #expect(
      PatternLiterals.required("(photo|image) by .{1,40}/(ap|afp)")
        == [[["image by ", "photo by "], ["/afp", "/ap"]]])
  }

  @Test func branchesStayApartWhileTheyAreFew() {
    #expect(
      PatternLiterals.required("sign up( now)?|.{1,40} newsletters?")
        == [[["sign up"]], [[" newsletter"]]])
    #expect(
      PatternLiterals.required("((photo|image): .*|.* via (ap|afp))")
        == [[["image: ", "photo: "]], [[" via afp", " via ap"]]])
    // More branches than are kept apart become one clause: the most telling piece of each.
    let many = (0..<17).map { "w\($0)x .* y\($0)" }
    #expect(
      PatternLiterals.required(many.joined(separator: "|"))
        == [[(0..<17).map { "w\($0)x " }.sorted()]])
  }

  @Test func manyExactStringsWithACommonStartGiveThatStart() {
    #expect(
      PatternLiterals.required("listen to (this )?(article|story|audio)( now)?")
        == [[["listen to "]]])
  }

  @Test func charactersNoASCIILineHoldsRuleOutEveryASCIILine() {
    #expect(PatternLiterals.required("© .{1,80}") == [[[]]])
    #expect(PatternLiterals.required("(©|\\(c\\)) .{1,80}") == [[["(c) "]]])
    // "ß" folds to "ss": it could match in an ASCII line, so it says nothing of its own.
    #expect(PatternLiterals.required("ß") == nil)
    #expect(PatternLiterals.required("straße") == [[["stra"], ["e"]]])
  }

  @Test func patternsThatMayMatchAnythingOrUseUnknownSyntaxGiveNoPieces() {
    for pattern in [
      ".*", "(share)?", "news|.*", "\\w+", "(?x) a b", "(?-i)[A-Z]\\w+", "\\Qa.b\\E", "(a)\\1",
      "a{2", "[]a]",
    ] {
      #expect(PatternLiterals.required(pattern) == nil, "\(pattern)")
    }
  }

  /// Every bundled rule, on every ASCII line of the fixtures and on lines the rules are meant
  /// to catch: where the rule's expression matches the whole line, the line holds a piece.
  @Test func bundledRulesNeverLoseAMatchToTheirPieces() throws {
    let rules = try CleaningRules.bundled().rules.filter { $0.pattern != nil }
    var lines = [
      "This audio is created with AI assistance", "Listen to this article 4 min",
      "Skip to main content", "The Harbor Courier Newsletter", "* indicates required",
      "Photo: Jane Doe/AP", "Ferries at the quay (NATO Pressroom)", "Follow us on Twitter",
      "Copyright 2026 Harbor Times", "Harbor Times. All rights reserved.", "Log in",
      "12 comments", "Read more", "Read also: The ferry is late", "Advertisement",
      "Page 2 of 9", "harborcourier.com", "Tags: ferries, harbor", "3 min read",
      "Suggest a correction", "Download the free Harbor app today", "Already a subscriber?",
      "Related stories", "More stories by Jane Doe", "1:02 / 4:30", "Share on Facebook",
      "Sign up for our morning briefing", "Get the Daily Harbor by email",
      "Video: Jane Doe", "Image by Jane Doe", "Harbor Trust/PA", "Kim Park for AFP",
      "Jane Doe/AFP via Getty Images", "Photo credit | Jane Doe", "Share via Email",
      "Read more: The ferry is late", "Continue reading", "Story continues below advertisement",
    ]
    for name in ["harbor-dump.txt", "related-box-dump.txt", "gallery-dump.txt"] {
      let url = Bundle.module.bundleURL.appendingPathComponent("Fixtures/Article/\(name)")
      lines += try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }
    lines = lines.filter { line in !line.utf8.contains { $0 >= 0x80 } }
    var matched = 0
    for rule in rules {
      let pattern = rule.pattern ?? ""
      guard let branches = PatternLiterals.required(pattern) else { continue }
      let regex = try NSRegularExpression(
        pattern: "^(?:" + pattern + ")$", options: [.caseInsensitive])
      for line in lines {
        let range = NSRange(line.startIndex..., in: line)
        guard regex.firstMatch(in: line, range: range) != nil else { continue }
        matched += 1
        let lowered = line.lowercased()
        let met = branches.contains { clauses in
          clauses.allSatisfy { pieces in pieces.contains { lowered.contains($0) } }
        }
        #expect(met, "\(rule.id): \(line)")
      }
    }
    #expect(matched >= 20)
  }

  /// The bundled rule files are read without compiling their patterns twice, so every pattern
  /// must compile as the matcher compiles it.
  @Test func everyBundledPatternCompiles() throws {
    for rule in try CleaningRules.bundled().rules {
      guard let pattern = rule.pattern else { continue }
      #expect(
        (try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.caseInsensitive]))
          != nil, "\(rule.id)")
      #expect((try? NSRegularExpression(pattern: pattern)) != nil, "\(rule.id)")
    }
  }

  /// The matcher's lowercasing gives what `String.lowercased()` gives, for every scalar of the
  /// Basic Multilingual Plane and beyond, alone and amid ASCII.
  @Test func lowercasingMatchesTheStandardLibrary() {
    var scalars: [Unicode.Scalar] = []
    for value in UInt32(0x80)...0x1_FFFF {
      if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
    }
    for start in stride(from: 0, to: scalars.count, by: 48) {
      var text = "Ab "
      text.unicodeScalars.append(contentsOf: scalars[start..<min(start + 48, scalars.count)])
      text += " ZZ"
      let (lowered, ascii) = RuleMatcher.lowercased(text)
      #expect(lowered == text.lowercased() && !ascii, "\(start)")
      #expect(Array(lowered.utf8) == Array(text.lowercased().utf8), "\(start)")
    }
    let ascii = String(decoding: (0..<0x80).map { UInt8($0) }, as: UTF8.self)
    #expect(RuleMatcher.lowercased(ascii) == (ascii.lowercased(), true))
    #expect(RuleMatcher.lowercased("İSTANBUL ΣΟΦΊΑ") == ("İSTANBUL ΣΟΦΊΑ".lowercased(), false))
  }
}
