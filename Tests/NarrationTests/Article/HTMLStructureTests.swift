import Foundation
import Testing

@testable import Narration

/// The structural signals that hold on pages the cleaner has not seen: ARIA headings, AMP
/// elements, and the shapes that split or pad a story.
@Suite struct HTMLStructureTests {
  /// Invented paragraphs of a story about a harbour vote, each a full sentence with commas.
  static func paragraphs(_ labels: [String]) -> String {
    labels.map { label in
      "<p>\(label) The council met on Tuesday evening, and members argued for an hour about "
        + "the budget, the roads and the school before they voted on the harbour plan.</p>"
    }.joined(separator: "\n")
  }

  static func clean(_ html: String) throws -> CleaningResult {
    try ArticleFixtures.clean(text: html, name: "page.html", format: .html)
  }

  @Test func anElementMarkedAsAHeadingIsAHeadingOfItsLevel() throws {
    let html = """
      <html><body><article><h1>Harbour vote</h1>
      \(Self.paragraphs(["First.", "Second."]))
      <div role="heading" aria-level="3">What happens next</div>
      \(Self.paragraphs(["Third.", "Fourth."]))
      </article></body></html>
      """
    let blocks = try Self.clean(html).article.blocks
    #expect(blocks.map(\.kind) == [.paragraph, .paragraph, .heading, .paragraph, .paragraph])
    #expect(blocks[2].text == "What happens next")
    #expect(HTMLCleaner.Walker.headingLevel(HTMLNode(name: "div", line: 1)) == nil)
    var node = HTMLNode(name: "div", line: 1)
    node.attributes["role"] = "heading"
    #expect(HTMLCleaner.Walker.headingLevel(node) == 2)
    node.attributes["aria-level"] = "9"
    #expect(HTMLCleaner.Walker.headingLevel(node) == 6)
  }

  @Test func ampAdsMenusAndNoticesAreNotTheStory() throws {
    let html = """
      <html amp><body>
      <amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home page of the
      Town Post</a></li><li><a href="/news">All the news from the town</a></li></ul></amp-sidebar>
      <amp-consent id="consent"><div>We use cookies to give you the best experience on our
      website.</div></amp-consent>
      <article><h1>Harbour vote</h1><div class="article-body">
      \(Self.paragraphs(["First."]))
      <amp-img src="harbour.jpg" width="4" height="3"></amp-img>
      <amp-ad width="300" height="250" type="network"><div fallback>Sorry, there is no ad for
      you to see here right now.</div></amp-ad>
      \(Self.paragraphs(["Second.", "Third."]))
      </div></article></body></html>
      """
    let result = try Self.clean(html)
    let body = result.article.bodyText
    #expect(result.article.blocks.count == 3)
    for chrome in ["Home page", "We use cookies", "no ad for you"] {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
    #expect(result.dropped.contains { $0.reason == "element:amp-ad" })
    #expect(result.dropped.contains { $0.reason == "element:amp-sidebar" })
  }
}
