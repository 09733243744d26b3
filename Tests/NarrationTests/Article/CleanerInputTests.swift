import Foundation
import Testing

@testable import Narration

@Suite struct CleanerInputTests {
  @Test(arguments: [
    ("page.html", "whatever", InputFormat.html),
    ("notes.md", "# Title", .markdown),
    ("dump.txt", "<html><body><p>hi</p></body></html>", .text),
    ("page", "<!DOCTYPE html><html><body>", .html),
    ("page", "  <html lang=\"de\">", .html),
    ("page", "Just some prose.", .text),
    ("script", "<speak>Hello</speak>", .ssml),
  ])
  func detectsTheFormat(name: String, content: String, expected: InputFormat) {
    let ext = (name as NSString).pathExtension
    #expect(InputFormat.detect(fileExtension: ext, content: content) == expected)
  }

  @Test func inputFormatOptionOverridesDetection() throws {
    let data = Data("<p>The ferry runs on the tide, and it has done so since Monday.</p>".utf8)
    let document = try SourceDocument(name: "page.txt", data: data, format: .html)
    #expect(document.format == .html)
    let article = try ArticleFixtures.clean(document).article
    #expect(article.bodyText == "The ferry runs on the tide, and it has done so since Monday.")
  }

  @Test func firstSentenceSkipsAbbreviations() throws {
    let rules = try CleaningRules.bundled()
    let sentence = ArticleCleaner.firstSentence(
      of: "Talks resumed on Dec. 4 in Brussels, Dr. J. Smith said. A second sentence follows.",
      abbreviations: rules.abbreviations)
    #expect(sentence == "Talks resumed on Dec. 4 in Brussels, Dr. J. Smith said")
    let long = ArticleCleaner.firstSentence(
      of: String(repeating: "word ", count: 40) + "end.", abbreviations: rules.abbreviations)
    #expect(long?.hasSuffix("…") == true)
    #expect((long?.count ?? 0) <= 121)
  }

  @Test func titleOptionWinsOverThePage() throws {
    let article = try ArticleFixtures.clean(
      try ArticleFixtures.document("harbor-dump.txt"),
      options: CleaningOptions(title: "My title", language: "en-IE")
    ).article
    #expect(article.title == "My title")
    #expect(article.language == "en-IE")
  }

  @Test func pageWithoutArticleIsAClearError() throws {
    let text = "Home\nNews\nSport\nWeather\nSign in\nSubscribe\n© 2026 Example\n"
    #expect(throws: NarrationError.noArticleText("menu.txt")) {
      try ArticleFixtures.clean(text: text, name: "menu.txt")
    }
    #expect(
      NarrationError.noArticleText("menu.txt").description.hasPrefix(
        "no article text found in menu.txt"))
    let explained = try ArticleCleaner(rules: try CleaningRules.bundled()).examine(
      SourceDocument(name: "menu.txt", text: text, format: .text))
    #expect(explained.article.blocks.isEmpty)
    #expect(explained.dropped.count == 7)
    #expect(explained.dropped.first { $0.text == "Sign in" }?.reason == "rule:account-links")
  }

  @Test func handlesCRLFMixedEndingsZeroWidthAndNonBreakingSpaces() throws {
    let text =
      "Menu\r\n\r\nThe\u{00A0}ferry\u{200B} crosses the estuary in eleven minutes, and it never burns"
      + " a drop of diesel.\r\rIt runs\u{2009}from dawn until late\u{FEFF} at night, every day of the"
      + " week.\nSubscribe\r\n"
    let result = try ArticleFixtures.clean(text: text)
    #expect(
      result.article.blocks.map(\.text) == [
        "The ferry crosses the estuary in eleven minutes, and it never burns a drop of diesel.",
        "It runs from dawn until late at night, every day of the week.",
      ])
    #expect(result.article.blocks.map(\.lines) == [3...3, 5...5])
  }

  @Test func splitsLinesLikeAPageDump() {
    #expect(TextLines.split("a\r\nb\rc\nd") == ["a", "b", "c", "d"])
    #expect(TextLines.split("  x \u{00A0} y  ") == ["x y"])
    #expect(TextLines.split("zero\u{200B}width\u{00AD}") == ["zerowidth"])
    #expect(TextLines.split("é\u{2028}ü") == ["é", "ü"])
    // Tidy lines are taken whole, the others tidied; both kinds and every ending, mixed.
    #expect(
      TextLines.split("Tidy “line” one\r\nan  untidy\tline \n\nTidy\u{00A0}no\rtidy ’end’\nlast ")
        == ["Tidy “line” one", "an untidy line", "", "Tidy no", "tidy ’end’", "last"])
    #expect(TextLines.split("one\n") == ["one", ""])
  }

  @Test func keepsWorkingOnNonEnglishPages() throws {
    let text = """
      Startseite
      Politik

      Die Fähre über die Flussmündung fährt seit Montag allein mit der Kraft der Gezeiten, sagte die Hafenbehörde.

      Sie braucht elf Minuten für die Überfahrt und nimmt bis zu achtzig Fahrgäste mit.
      """
    let article = try ArticleFixtures.clean(
      text: text, options: CleaningOptions(language: "de")
    ).article
    #expect(article.blocks.count == 2)
    #expect(article.language == "de")
    let html =
      "<html lang=\"ja\"><body><article><p>" + String(repeating: "潮の力で動くフェリーが運航を始めた。", count: 4)
      + "</p></article></body></html>"
    let japanese = try ArticleFixtures.clean(text: html, name: "ja.html", format: .html).article
    #expect(japanese.language == "ja")
    #expect(japanese.blocks.count == 1)
  }

  @Test func aTenMegabyteSingleLineFileIsHandled() throws {
    let sentence = "The ferry runs on the tide and never burns diesel, the harbor master said. "
    let text = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count + 1)
    let result = try ArticleFixtures.clean(text: text, name: "huge.txt")
    #expect(result.article.blocks.count == 1)
    #expect(result.article.blocks[0].lines == 1...1)
    let html = try ArticleFixtures.clean(
      text: "<p>" + text + "</p>", name: "huge.html", format: .html)
    #expect(html.article.blocks.count == 1)

    // The same without any punctuation, as a machine-made file may be: kept whole too.
    let words = String(repeating: "word ", count: 2_000_000)
    let bare = try ArticleFixtures.clean(text: words, name: "words.txt")
    #expect(bare.article.blocks.count == 1)
    #expect(bare.article.blocks.first?.text.utf8.count == 9_999_999)
  }

  @Test func userRulesAddToTheBundledOnes() throws {
    let yaml = """
      rules:
        - id: ferry-promo
          pattern: 'book your ferry ticket today.*'
          note: A test rule.
      """
    let rules = try CleaningRules.bundled().adding(try CleaningRules.parse(yaml: yaml, name: "r"))
    let text = """
      The ferry crosses the estuary in eleven minutes, and it never burns a drop of diesel.

      Book your ferry ticket today and save ten percent on every crossing this winter season.

      It runs from dawn until late at night, every day of the week, the harbor master said.
      """
    let result = try ArticleCleaner(rules: rules).clean(
      SourceDocument(name: "t.txt", text: text, format: .text))
    #expect(result.article.blocks.count == 2)
    #expect(ArticleFixtures.reason(result, line: 3) == "rule:ferry-promo")
    #expect(throws: NarrationError.self) {
      try CleaningRules.parse(yaml: "rules:\n  - id: x\n    pattern: '('\n    note: n\n", name: "r")
    }
  }

  @Test func literalRuleFormsMatchLikePatterns() throws {
    let yaml = """
      rules:
        - id: transcript-link
          phrases: [read the transcript]
          note: A whole line, ignoring case and trailing arrows.
        - id: sponsor-line
          contains: [sponsored by]
          note: A piece of a line.
        - id: ferry-credit
          endsWith: [")"]
          pattern: '.*\\(harbor (office|authority)\\)'
          note: A pattern tried only on lines that end with a bracket.
      """
    let matcher = RuleMatcher(try CleaningRules.parse(yaml: yaml, name: "r"))
    #expect(matcher.lineRule("Read the Transcript »") == "transcript-link")
    #expect(matcher.lineRule("Read the transcript of the meeting") == nil)
    #expect(matcher.lineRule("This page is Sponsored By the ferry company.") == "sponsor-line")
    #expect(matcher.lineRule("The new ferry at the quay (Harbor Office)") == "ferry-credit")
    #expect(matcher.lineRule("(Harbor Office) said the ferry is late") == nil)
    #expect(throws: NarrationError.self) {
      try CleaningRules.parse(yaml: "rules:\n  - id: x\n    note: n\n", name: "r")
    }
  }

  @Test func bundledLiteralRulesDropTheirLines() throws {
    let matcher = RuleMatcher(try CleaningRules.bundled())
    #expect(matcher.lineRule("Back to top ↑") == nil)
    #expect(matcher.lineRule("Back to top") == "site-controls")
    #expect(matcher.lineRule("Page 2 of 9") == "site-controls")
    #expect(matcher.lineRule("This website uses cookies to improve your visit.") == "cookie-banner")
    #expect(matcher.lineRule("3 min read") == "reading-time")
    #expect(matcher.lineRule("The trip took 3 minutes and the ferry was full") == nil)
    #expect(matcher.lineRule("Copyright 2026 Harbor Times") == "copyright")
    #expect(matcher.lineRule("Harbor Times. All rights reserved.") == "copyright")
    #expect(matcher.lineRule("Ferry passengers at the quay. Photo: Jane Doe/AP") == "photo-caption")
    #expect(matcher.sectionRule("12 comments") == "comments-count")
    #expect(matcher.sectionRule("Comments (12)") == "comments-count")
    #expect(matcher.sectionRule("Join the conversation") == "comments-section")
  }
}
