import Foundation
import Testing

@testable import Narration

@Suite struct HTMLCleanerTests {
  @Test func keepsTheArticleAndDropsTheChrome() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-page.html"))
    let article = result.article
    #expect(
      article.blocks.map(\.kind) == [
        .paragraph, .paragraph, .quote, .heading, .paragraph, .listItem, .listItem, .paragraph,
      ])
    #expect(article.blocks.first?.text.hasPrefix("The town of Kelmouth launched a ferry") == true)
    #expect(article.blocks[3].text == "How the turbine works")
    let body = article.bodyText
    for chrome in [
      "STYLE-AND-SCRIPT-TEXT", "IFRAME-TEXT", "display: none", "Skip to content", "World",
      "Photo: Harbor Authority", "Advertisement", "Share on Facebook", "Related stories",
      "cycle lanes", "Great news for the town", "All rights reserved", "By Ines Okafor",
    ] {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
  }

  @Test func paragraphsRememberTheirSourceLines() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-page.html"))
    let blocks = result.article.blocks
    // The first paragraph spans two source lines; the list items sit on lines 40 and 41.
    #expect(blocks[0].lines == 30...31)
    #expect(blocks[5].lines == 40...40)
    #expect(blocks[6].lines == 41...41)
  }

  @Test func readsMetadataFromJSONLDAndTheHead() throws {
    let article = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-page.html"))
      .article
    #expect(article.title == "Tide ferry starts crossing the Kelmouth estuary")
    #expect(article.byline == "Ines Okafor")
    #expect(article.language == "en-GB")
    #expect(article.canonicalURL == "https://courier.example/2026/12/tide-ferry")
    #expect(article.published == ISO8601DateFormatter().date(from: "2026-12-02T08:30:00Z"))
  }

  @Test func explainsDroppedElements() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-page.html"))
    let reasons = Dictionary(grouping: result.dropped, by: \.reason)
    #expect(reasons["element:nav"]?.isEmpty == false)
    #expect(reasons["element:figcaption"]?.first?.line == 28)
    #expect(reasons["element:iframe"]?.first?.line == 38)
    #expect(reasons["element:footer"]?.first?.line == 53)
    #expect(ArticleFixtures.reason(result, line: 25) == "signal:title")
  }

  @Test func metadataFallsBackToOpenGraphAndTitle() throws {
    let html = """
      <html><head><title>Quiet streets | Daily Example</title>
      <meta property="og:title" content="Quiet streets return to the old town">
      <meta property="article:published_time" content="2025-03-04">
      </head><body><div><p>The old town closed its streets to cars on Sunday, and people walked
      in the middle of the road for the first time in years, the mayor said.</p></div></body></html>
      """
    let article = try ArticleFixtures.clean(html: html).article
    #expect(article.title == "Quiet streets return to the old town")
    #expect(article.published == ISO8601DateFormatter().date(from: "2025-03-04T00:00:00Z"))
    // No `lang` and no locale: the article's own words say it is English.
    #expect(article.language == "en")
    #expect(article.blocks.count == 1)
  }

  @Test func aPageThatStatesNoLanguageIsGuessedFromItsWords() throws {
    let story = LanguageGuessTests.german.split(separator: ". ").map { "<p>\($0).</p>" }
      .joined(separator: "\n")
    let page = { (html: String) in
      "<html\(html)><head><title>Markthalle</title></head><body><article>\(story)</article></body></html>"
    }
    let guessed = try ArticleFixtures.clean(text: page(""), name: "p.html", format: .html).article
    #expect(guessed.language == "de")
    #expect(guessed.bodyText.contains("Die Händler, die vor der Schließung"))
    // What the page says wins over the guess, and the user's option over both.
    let stated = try ArticleFixtures.clean(
      text: page(#" lang="de-CH""#), name: "p.html", format: .html
    ).article
    #expect(stated.language == "de-CH")
    let chosen = try ArticleFixtures.clean(
      text: page(""), name: "p.html", format: .html, options: CleaningOptions(language: "de-AT")
    ).article
    #expect(chosen.language == "de-AT")
  }

  @Test func survivesMalformedHTML() throws {
    let html = """
      <html><body><div><p>Unclosed paragraph that still tells the whole story of the ferry, which
      runs on the tide and never on diesel.<p>A second paragraph <b>with <i>badly nested</b> tags
      </i> and an unclosed <a href="x">link, which the parser must recover from gracefully.
      <table><tr><td>cell</div></span></body>
      """
    let article = try ArticleFixtures.clean(text: html, name: "bad.html", format: .html).article
    #expect(article.blocks.count >= 2)
    #expect(article.bodyText.contains("Unclosed paragraph that still tells the whole story"))
    #expect(article.bodyText.contains("badly nested tags"))
  }

  @Test func deeplyNestedPagesDoNotCrash() throws {
    // Far below MarkupDocument.maximumDepth, where elements are flattened into their text.
    let depth = 100_000
    let html =
      String(repeating: "<div>", count: depth)
      + "<p>A paragraph buried very deep inside the page, which still reads as a full sentence.</p>"
      + String(repeating: "</div>", count: depth)
    let result = try ArticleCleaner(rules: try CleaningRules.bundled()).examine(
      SourceDocument(name: "deep.html", text: html, format: .html))
    #expect(result.article.bodyText.contains("buried very deep inside the page"))
  }

  @Test func anArticleSplitOverWrappersIsKeptWhole() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("columns-page.html"))
    let blocks = result.article.blocks
    #expect(
      blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph, .heading, .paragraph, .paragraph])
    #expect(blocks.first?.text.hasPrefix("The first night train in twenty years") == true)
    #expect(blocks.last?.text.hasSuffix("hear the whistle at night again.") == true)
    let body = result.article.bodyText
    for chrome in ["Advertisement", "Mara Lind is a transport reporter", "Snow closes", "Home"] {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
    #expect(
      result.dropped.contains { $0.text.hasPrefix("Mara Lind") && $0.reason == "rule:writer-box" })
  }

  /// Paragraphs long enough to count as an article (the retry starts below 500 characters).
  private static let story = (1...4).map { number in
    "<p>Paragraph \(number) of the story tells how the harbour crane was repaired by hand over "
      + "the winter, one bolt at a time, while the ships waited outside the breakwater.</p>"
  }.joined(separator: "\n")

  @Test func aFormOrHeaderWrappingThePageDoesNotHideTheArticle() throws {
    for wrapper in ["form", "header"] {
      let html = """
        <html><body><\(wrapper) id="page"><div class="menu"><a href="/">Home</a></div>
        <div class="story">\(Self.story)</div></\(wrapper)></body></html>
        """
      let article = try ArticleFixtures.clean(html: html).article
      #expect(article.blocks.count == 4, "wrapper \(wrapper)")
      #expect(article.bodyText.hasPrefix("Paragraph 1 of the story"), "wrapper \(wrapper)")
    }
  }

  @Test func aScriptBuiltPageIsReadFromItsNoscriptCopy() throws {
    let html = """
      <html><body><h1>Crane repaired</h1><div id="app"></div>
      <noscript><div class="post">\(Self.story)</div></noscript></body></html>
      """
    let article = try ArticleFixtures.clean(html: html).article
    #expect(article.blocks.count == 4)
    #expect(article.bodyText.contains("Paragraph 4 of the story"))
  }

  @Test func aPageWithoutArticleTextIsAnError() throws {
    let html = """
      <html><body><nav><a href="/">Home</a> <a href="/b">Blog</a></nav>
      <script>var article = "Script text is never the article, however long it is.";</script>
      <footer>All rights reserved.</footer></body></html>
      """
    #expect(throws: NarrationError.noArticleText("empty.html")) {
      try ArticleFixtures.clean(text: html, name: "empty.html", format: .html)
    }
  }

  /// Sentences for JSON-LD tests: long enough together to count as a stated article body.
  private static let ferrySentences = [
    "The ferry company said on Monday that the winter timetable would start a week early.",
    "Crossings will run every forty minutes instead of every half hour until the spring.",
    "Crews need the extra time to clear ice from the ramps on both sides of the estuary.",
    "Passengers with season tickets will be refunded for the week they lose, it said.",
    "Local shops on the north bank asked the company to keep the late crossing on Fridays.",
    "The company agreed, and the last boat on Fridays will leave at eleven in the evening.",
  ]
  /// The sentences as paragraph elements, one a line.
  private static let ferryParagraphs = ferrySentences.map { "<p>\($0)</p>" }
    .joined(separator: "\n")
  /// A standfirst for the ferry story, for the tests of headers.
  private static let ferryStandfirst =
    "Crossings will be less frequent until spring, and season tickets are refunded."

  private static func jsonLD(_ body: String) -> String {
    let escaped = body.replacingOccurrences(of: "\n", with: "\\n")
    return """
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Winter ferry",
      "articleBody": "\(escaped)"}</script>
      """
  }

  @Test func aScriptBuiltPageIsReadFromItsJSONLDArticleBody() throws {
    let html = """
      <html><head>\(Self.jsonLD(Self.ferrySentences.joined(separator: "\n")))</head>
      <body><div id="root"><a href="/">Home</a></div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == Self.ferrySentences)
    #expect(result.article.blocks.allSatisfy { $0.lines == 1...1 })
  }

  @Test func theStructureWinsWhenItHoldsTheStatedBody() throws {
    let paragraphs = Self.ferryParagraphs
    let html = """
      <html><head>\(Self.jsonLD(Self.ferrySentences.joined(separator: " ")))</head>
      <body><article><h1>Winter ferry</h1>
      <p class="standfirst">Quiet winter mornings at the harbour are the best of the year for
      walkers, our readers say in a survey with more than three hundred answers this autumn.</p>
      \(paragraphs)
      <h2>Inside the crossing</h2>
      <p>Every reader who writes to the paper this month will receive a free calendar, and the
      first fifty letters will be printed in the Saturday edition, the editors promise.</p>
      </article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    // Six paragraphs, one each, and nothing before or after the stated body.
    #expect(result.article.blocks.map(\.text) == Self.ferrySentences)
    let trimmed = result.dropped.filter { $0.reason == "signal:not-in-json-ld-body" }
    #expect(trimmed.map { String($0.text.prefix(12)) } == ["Quiet winter", "Every reader"])
    #expect(result.dropped.contains { $0.text == "Inside the crossing" })
  }

  @Test func aStatedSummaryDoesNotCutTheArticle() throws {
    let summary = Self.ferrySentences.prefix(2).joined(separator: " ")
    let long = (Self.ferrySentences + Self.ferrySentences.map { "Again: " + $0 }).joined(
      separator: " ")
    let paragraphs = (Self.ferrySentences + ["And there is more to say about the ferry. " + long])
      .map { "<p>\($0)</p>" }.joined(separator: "\n")
    let html = """
      <html><head>\(Self.jsonLD(summary + " " + summary + " " + summary))</head>
      <body><article>\(paragraphs)</article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.count == 7)
  }

  @Test func datelinesAndWriterNotesAreNotTheArticle() throws {
    let paragraphs = Self.ferryParagraphs
    let html = """
      <html><head><meta name="author" content="Jo Ruiz"></head><body><article>
      <p>Updated: Nov 3, 2026 @ 4:48 pm</p>
      \(paragraphs)
      <h3>The ferry's owners say the late Friday crossing has been their busiest of the whole year
      since it began, and that more late crossings could follow in the spring if the crews agree.</h3>
      <p>Jo Ruiz covers the estuary, its boats and its bridges for the paper since 2019.</p>
      <p>Other stories by Jo Ruiz, our estuary reporter.</p>
      </article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    let blocks = result.article.blocks
    #expect(blocks.first?.text == Self.ferrySentences.first)
    #expect(blocks.last?.kind == .paragraph)
    #expect(blocks.last?.text.hasPrefix("The ferry's owners say") == true)
    #expect(result.dropped.first { $0.text.hasPrefix("Updated:") }?.reason == "signal:dateline")
    #expect(!result.article.bodyText.contains("Jo Ruiz"))
    #expect(result.dropped.filter { $0.reason == "signal:writer-note" }.count == 2)
  }

  @Test func aBoxOfLinksInsideTheArticleGoesWhole() throws {
    let paragraphs = Self.ferrySentences.map { "<p>\($0)</p>" }
    let box = """
      <div class="x9"><p><a href="/a">Harbour master retires after forty years</a></p>
      <p>A life spent watching the tides comes to an end on Friday.</p>
      <p><a href="/b">New bridge plans go on show at the library</a></p></div>
      """
    let html = """
      <html><body><article>\(paragraphs[..<3].joined())\(box)\(paragraphs[3...].joined())
      </article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == Self.ferrySentences)
    #expect(
      result.dropped.first { $0.text.hasPrefix("A life spent") }?.reason == "signal:link-cluster")
  }

  @Test func aShortParagraphAllInBoldIsASubheading() throws {
    let paragraphs = Self.ferrySentences.map { "<p>\($0)</p>" }
    let html = """
      <html><body><article>\(paragraphs[..<3].joined())
      <p><strong>Late boats on Fridays</strong></p>
      <p><b>Note:</b> timetables are on the harbour wall.</p>
      \(paragraphs[3...].joined())</article></body></html>
      """
    let blocks = try ArticleFixtures.clean(html: html).article
      .blocks
    #expect(
      blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph, .heading]
        + Array(repeating: .paragraph, count: 4))
    #expect(blocks[3].text == "Late boats on Fridays")
    #expect(blocks[4].text == "Note: timetables are on the harbour wall.")
  }

  @Test func paragraphsInsideAnUnclosedHeadingStayParagraphs() throws {
    let paragraphs = Self.ferrySentences.map { "<p>\($0)</p>" }.joined()
    let html = """
      <html><body><main><h2 class="excerpt">Winter timetable<div class="body">\(paragraphs)
      <p>Author: Jo Ruiz (jr)</p></div></main></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == ["Winter timetable"] + Self.ferrySentences)
    #expect(result.article.blocks.dropFirst().allSatisfy { $0.kind == .paragraph })
    #expect(result.dropped.first { $0.text.hasPrefix("Author:") }?.reason == "signal:byline")
  }

  @Test func aDropCapJoinsItsWordAndScriptNoticesGo() throws {
    let rest = Self.ferrySentences.dropFirst().map { "<p>\($0)</p>" }.joined()
    let html = """
      <html><body><article>
      <p>Sorry, but your browser needs JavaScript to use this site.</p>
      <div><span class="cap">T</span><p>he ferry company said on Monday that the winter timetable
      would start a week early.</p>\(rest)</div></article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == Self.ferrySentences)
    #expect(
      result.dropped.first { $0.text.hasPrefix("Sorry") }?.reason == "rule:javascript-notice")
  }

  @Test func classWeightsAreRulesThatUsersCanAdd() throws {
    let story = Self.ferrySentences.map { "<p>\($0)</p>" }.joined()
    let other = (1...6).map {
      "<p>Letter \($0) says the old ferry was slower, yes, but it was warm, and it had a café.</p>"
    }.joined()
    // Labels between the two columns, so that neither column takes in the other.
    let labels = (1...40).map { "<div>Topic \($0)</div>" }.joined()
    let html = """
      <html><body><div class="c1"><div class="x">\(other)</div></div>\(labels)
      <div class="c2"><div class="column-two">\(story)</div></div></body></html>
      """
    let document = SourceDocument(name: "page.html", text: html, format: .html)
    let bundled = try CleaningRules.bundled()
    let plain = try ArticleCleaner(rules: bundled).clean(document).article
    #expect(plain.bodyText.hasPrefix("Letter 1"))
    let weighted = try ArticleCleaner(
      rules: bundled.adding(
        try CleaningRules.parse(
          yaml: """
            rules:
              - id: second-column
                scope: weight
                weight: 200
                pattern: 'column-two'
                note: 'The second column holds the story on this site.'
            """, name: "mine.yml"))
    ).clean(document).article
    #expect(weighted.blocks.map(\.text) == Self.ferrySentences)
  }

  @Test func edgeRulesDropPleasAroundTheArticleButNotItsLead() throws {
    let lead =
      "Engineers affiliated with the harbour board and two universities have spent the past "
      + "three winters measuring how ice forms on the ferry ramps, and on Monday they said the "
      + "ramps will need heating cables before the next cold spell reaches the estuary."
    let paragraphs = ([lead] + Self.ferrySentences).map { "<p>\($0)</p>" }.joined()
    let html = """
      <html><body><article>\(paragraphs)
      <p>Sign up for our newsletter to get the latest harbour news in your inbox every week.</p>
      </article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == [lead] + Self.ferrySentences)
    #expect(
      result.dropped.first { $0.text.hasPrefix("Sign up") }?.reason.hasPrefix("rule:") == true)
  }

  @Test func aDonationAppealAfterTheArticleGoesWithItsHeading() throws {
    let paragraphs = Self.ferrySentences.map { "<p>\($0)</p>" }.joined()
    let html = """
      <html><body><article>\(paragraphs)
      <h3>We need your help</h3>
      <p>Help us continue to bring harbour news to readers on both banks of the estuary</p>
      </article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == Self.ferrySentences)
    #expect(ArticleFixtures.reason(result, line: 3) == "rule:edge-promo")
  }

  @Test func pullQuotesAreNotReadTwice() throws {
    let paragraphs = Self.ferrySentences.map { "<p>\($0)</p>" }
    let html = """
      <html><body><article>\(paragraphs[..<2].joined())
      <div class="article-pullquote"><p>Crews need the extra time to clear ice from the ramps.</p></div>
      \(paragraphs[2...].joined())</article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == Self.ferrySentences)
    #expect(result.dropped.contains { $0.reason == "rule:inline-extras" })
  }

  @Test func aPageOfOnlyScriptSaysSoWhenExplained() throws {
    let html = "<html><body><script>document.write('<p>Hello</p>')</script></body></html>"
    let result = try ArticleCleaner(rules: try CleaningRules.bundled()).examine(
      SourceDocument(name: "app.html", text: html, format: .html))
    #expect(result.article.blocks.isEmpty)
    #expect(result.dropped.map(\.reason) == ["signal:no-visible-text"])
  }

  @Test func theLeadAboveTheBodyStaysAndSectionsAfterItGo() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("lighthouse-page.html"))
    let texts = result.article.blocks.map(\.text)
    // The summary in its own box above the body is the article's lead.
    #expect(texts.first?.hasPrefix("For the first time since 1987") == true)
    // A paragraph in a wrapper of its own is not a box of links, however linked.
    #expect(
      texts.contains(
        "The lamp failed in the October storms, and again during the long and stormy November gale."
      ))
    #expect(texts.last?.hasPrefix("They will also be paid to repaint the tower") == true)
    #expect(texts.count == 6)
    for chrome in ["Related", "Reef charts redrawn", "Comments", "Advertise with", "High water"] {
      #expect(!result.article.bodyText.contains(chrome), "leaked: \(chrome)")
    }
    #expect(ArticleFixtures.reason(result, line: 21) == "section:related-inline")
    #expect(ArticleFixtures.reason(result, line: 28) == "section:comments-section")
    #expect(ArticleFixtures.reason(result, line: 29) == "section:comments-section")
  }

  @Test func aSectionLabelAmongTheArticlesOwnSubheadingsStays() throws {
    let paragraphs = Self.ferrySentences.map { "<p>\($0)</p>" }
    let html = """
      <html><body><article><h2>Timetable</h2>\(paragraphs[..<4].joined())
      <h2>Discussion</h2>\(paragraphs[4...].joined())</article></body></html>
      """
    let blocks = try ArticleFixtures.clean(html: html).article
      .blocks
    #expect(
      blocks.map(\.text) == ["Timetable"] + Self.ferrySentences[..<4] + ["Discussion"]
        + Self.ferrySentences[4...])
  }

  @Test func bareDatesBreadcrumbsAndStrayScriptAreNotTheArticle() throws {
    let paragraphs = Self.ferrySentences.map { "<p>\($0)</p>" }
    let script = """
      (function() { var config = {}; config.id = 'ferry\\x22'; window.start(config); })();
      """
    let html = """
      <html><head><meta property="og:title" content="Winter timetable for the ferry"></head>
      <body><article>
      <p><a href="/">Home</a> <a href="/local">Local</a> Winter timetable for the ferry</p>
      <p>PUBLISHED: March 4, 2025 at 9:30 a.m. | UPDATED: March 4, 2025 at 11:02 a.m.</p>
      <h3>Tuesday, March 4, 2025</h3>
      \(paragraphs[..<3].joined())
      <script type="text/javascript"/>\(script)</script>
      \(paragraphs[3...].joined())
      <p>The crossing on March 4, 2025 was the last one with the old boat.</p>
      </article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(
      result.article.blocks.map(\.text)
        == Self.ferrySentences + [
          "The crossing on March 4, 2025 was the last one with the old boat."
        ])
    #expect(result.dropped.contains { $0.reason == "signal:script-text" })
    #expect(result.dropped.filter { $0.reason == "signal:dateline" }.count == 2)
    #expect(
      result.dropped.contains { $0.text.hasPrefix("Home Local") && $0.reason == "signal:title" })
  }

  @Test func theArticlesOwnHeaderGivesItsStandfirst() throws {
    let paragraphs = Self.ferryParagraphs
    let standfirst = Self.ferryStandfirst
    let html = """
      <html><head><meta property="og:title" content="Winter ferry timetable"></head><body>
      <header><p>The Estuary Courier, your paper since the days of the chain ferry.</p></header>
      <article>
      <header><h1>Winter ferry timetable</h1><p>\(standfirst)</p>
      <p>By Jo Ruiz</p><p>March 4, 2025</p></header>
      <div class="story">\(paragraphs)
      <article class="teaser"><header><p>Bridge plans go on show, and the library stays open late.</p>
      </header></article></div>
      </article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == [standfirst] + Self.ferrySentences)
    #expect(!result.article.bodyText.contains("Jo Ruiz"))
    #expect(result.dropped.contains { $0.text.hasPrefix("The Estuary Courier") })
    #expect(
      result.dropped.contains { $0.text.hasPrefix("Bridge plans") && $0.reason == "element:header" }
    )
  }

  @Test func aHeaderThatHoldsTheHeadlineGivesItsStandfirst() throws {
    let paragraphs = Self.ferryParagraphs
    let standfirst = Self.ferryStandfirst
    // No `article` element: the header with the headline is the story's, the one with the
    // paper's motto is the page's. Between standfirst and body, a writer's card (a name over a
    // label) is not a subheading of the lead.
    let html = """
      <html><head><meta property="og:title" content="Winter ferry timetable"></head><body>
      <header><p>The Estuary Courier, your paper since the days of the chain ferry.</p></header>
      <div class="wrap"><header><div class="top"><h1>Winter ferry timetable</h1>
      <p>\(standfirst)</p></div></header>
      <div class="card"><h3>Jo Ruiz</h3><h4>More from this writer:</h4></div>
      <div class="story">\(paragraphs)</div></div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == [standfirst] + Self.ferrySentences)
    #expect(result.dropped.contains { $0.text.hasPrefix("The Estuary Courier") })
  }

  @Test func aRunOfPleasAfterTheArticleGoesWhole() throws {
    let pleas = [
      "Become a member to read every report from the harbour council, in print and online.",
      "Support our journalism and become a member of the harbour society today.",
      "Stay informed with the morning briefing, which reaches your inbox at six.",
      "Join our readers panel and help us choose what to cover next winter.",
    ]
    let paragraphs = (Self.ferrySentences + pleas).map { "<p>\($0)</p>" }.joined(separator: "\n")
    let html = "<html><body><article>\(paragraphs)</article></body></html>"
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == Self.ferrySentences)
    #expect(result.dropped.filter { $0.reason == "rule:edge-promo" }.count == pleas.count)
  }

  @Test func aStandfirstUnderTheHeadlineIsReadPastTheByline() throws {
    let paragraphs = Self.ferryParagraphs
    let standfirst =
      "Crossings will be less frequent until the spring thaw, and every season ticket holder "
      + "gets a refund for the lost week"
    // A table of short cells beside the story keeps the body from widening to the whole page.
    let piers =
      "<table>"
      + (1...12).map { "<tr><td>Pier \($0)</td><td>\($0):15</td></tr>" }.joined() + "</table>"
    let page = { (headline: String) in
      """
      <html><body><div class="top"><\(headline)>Winter ferry timetable</\(headline)>
      <p>\(standfirst)</p><p>By Jo Ruiz</p><p>March 4, 2025</p></div>
      <div class="story">\(paragraphs)</div>\(piers)</body></html>
      """
    }
    let under = try ArticleFixtures.clean(text: page("h1"), name: "page.html", format: .html)
    #expect(under.article.blocks.map(\.text) == [standfirst] + Self.ferrySentences)
    // Under a lesser heading it may be another story's teaser: it stays out.
    let teaser = try ArticleFixtures.clean(text: page("h2"), name: "page.html", format: .html)
    #expect(teaser.article.blocks.map(\.text) == Self.ferrySentences)
  }

  @Test func twoLineBreaksInARowEndAParagraph() throws {
    let sentences = Self.ferrySentences
    let html = """
      <html><body><div class="entry">\(sentences[0])<br><br>
      Crossings will run every forty minutes instead of every half hour<br>until the spring.<br/> <br/>
      Image credit: Harbour Authority<br><br>
      \(sentences[2])<br>&nbsp;<br>
      \(sentences[3])</div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    // One break is a line break inside a paragraph; the credit between two is a line of its own.
    #expect(result.article.blocks.map(\.text) == Array(sentences[..<4]))
    #expect(ArticleFixtures.reason(result, line: 4) == "rule:photo-caption")
  }

  @Test func theSiteNameIsNotPartOfTheTitle() throws {
    let story = Self.ferrySentences.map { "<p>\($0)</p>" }.joined()
    for (title, site) in [
      ("Winter ferry timetable - Estuary Courier", "Estuary Courier"),
      ("Estuary Courier | Winter ferry timetable", "Estuary Courier"),
      // The separators the text-dump cleaner knows too (Rules/titles.yml).
      ("Winter ferry timetable • Estuary Courier", "Estuary Courier"),
      ("Estuary Courier: Winter ferry timetable", "Estuary Courier"),
    ] {
      let html = """
        <html><head><meta property="og:title" content="\(title)">
        <meta property="og:site_name" content="\(site)"></head><body><article>
        <p><a href="/">Home</a> <a href="/local">Local</a> Winter ferry timetable</p>
        \(story)</article></body></html>
        """
      let result = try ArticleFixtures.clean(html: html)
      #expect(result.article.title == "Winter ferry timetable")
      // Without the site's name, the breadcrumb that ends in the headline is known as such.
      #expect(result.article.blocks.map(\.text) == Self.ferrySentences)
    }
  }

  @Test func shortLinesBetweenTheStorysParagraphsAreItsOwn() throws {
    let sentences = Self.ferrySentences
    let html = """
      <html><body><div class="story"><p>Lisbon desk</p>
      <p>\(sentences[0])</p><p>\(sentences[1]) These piers close first:</p>
      <p>North Quay</p><p>Mill Lane</p>
      <table><tr><td>Pier 4</td><td>14 cars</td></tr></table><p>\u{201C}</p>
      <p>\(sentences[2])</p><p>\(sentences[3])</p><p>Estuary Courier staff</p></div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    // A list after a colon and the cells of a table are read; a lone quotation mark is not,
    // nor the short lines before the first paragraph and after the last.
    #expect(
      result.article.blocks.map(\.text) == [
        sentences[0], sentences[1] + " These piers close first:", "North Quay", "Mill Lane",
        "Pier 4", "14 cars", sentences[2], sentences[3],
      ])
  }

  @Test func aSourceCreditAndALabelWithItsDateAreNotTheStory() throws {
    let sentences = Self.ferrySentences
    let html = """
      <html><body><div class="story"><p>\(sentences[0])</p><p>\(sentences[1])</p>
      <p><strong>HARBORCOURIER.COM</strong></p><h2>Statement from the ferry company</h2>
      <p><span>Release date:</span></p><div><span>Thursday, 4 March 2025 – 3:55pm</span></div>
      <p>\(sentences[2])</p><p>\(sentences[3])</p></div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(
      result.article.blocks.map(\.text) == [
        sentences[0], sentences[1], "Statement from the ferry company", sentences[2],
        sentences[3],
      ])
    #expect(ArticleFixtures.reason(result, line: 2) == "rule:source-address")
    #expect(ArticleFixtures.reason(result, line: 3) == "signal:dateline")
  }

  @Test func hiddenPagesOfAStoryThatAScriptRevealsAreRead() throws {
    let sentences = Self.ferrySentences
    let html = """
      <html><body><div class="story">
      <div class="slide"><p>\(sentences[0])</p><p>\(sentences[1])</p></div>
      <div class="slide is-hidden" style="display: none"><p>\(sentences[2])</p></div>
      <div class="slide is-hidden" style="display:none"><p>\(sentences[3])</p></div>
      <div class="popup" style="display: none"><p>Sign up for our morning briefing and get the
      news before your first coffee, every day.</p></div>
      </div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    // The slides are one story shown in turns; a hidden box of another kind stays hidden.
    #expect(result.article.blocks.map(\.text) == Array(sentences[..<4]))
    #expect(
      result.dropped.contains { $0.text.hasPrefix("Sign up") && $0.reason == "signal:hidden" })
  }

  @Test func theWritersCardMarkedAsTheAuthorIsNotTheStory() throws {
    let paragraphs = Self.ferryParagraphs
    let html = """
      <html><body><div class="story">
      <p>By <span itemprop="author">Jo Ruiz</span></p>
      \(paragraphs)
      <div itemprop="author"><h4>Jo Ruiz</h4><p>I have covered the estuary and its ferries for
      ten years, and I am so glad you stopped by to read about them today.</p></div>
      </div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == Self.ferrySentences)
    // A name alone is the byline.
    #expect(result.article.byline == "Jo Ruiz")
    #expect(
      result.dropped.contains {
        $0.text.hasPrefix("I have covered") && $0.reason == "signal:author-card"
      })
  }

  @Test func aLineOfLabelsAndANumericDateIsADateline() throws {
    let paragraphs = Self.ferryParagraphs
    let html = """
      <html><body><div class="story">
      <p>Posted : 21.04.2025 Section : Harbour</p>
      \(paragraphs)
      </div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == Self.ferrySentences)
    #expect(ArticleFixtures.reason(result, line: 2) == "signal:dateline")
    // Day and month in either order; numbers that cannot be both are no date.
    let dates = PublicationDate()
    #expect(dates.holdsDate("04/21/2022") && dates.holdsDate("21.04.2022"))
    #expect(!dates.holdsDate("Boxes 31/31/2022"))
  }
}
