import Foundation
import Testing

@testable import Narration

/// The text of inline elements that touch in the markup: apart where a browser shows a gap
/// (the parts of a byline, two links side by side), joined inside a word and in code; and
/// short lines around a `time` element, which are datelines.
@Suite struct HTMLInlineGapTests {
  /// A story with the given markup as its first paragraph and byline line.
  static func page(byline: String, paragraph: String) -> String {
    """
    <html><body><article><h1>Harbour vote</h1>
    <div class="m">\(byline)</div>
    <p>\(paragraph)</p>
    \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third."]))
    </article></body></html>
    """
  }

  @Test func theSpansOfABylineAreApart() throws {
    let html = Self.page(
      byline: "<span>By <a href=\"/jo\">Jo Ruiz</a></span><time>2 hours ago</time>",
      paragraph: "Ferries ran all night.")
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.dropped.contains { $0.text == "By Jo Ruiz 2 hours ago" })
    #expect(!result.article.bodyText.contains("Ruiz2"))
  }

  @Test func aLabelBesideItsDateIsADateline() throws {
    let html = Self.page(
      byline: "<span>Jo Ruiz</span><span>Updated</span><time>March 4, 2026</time>",
      paragraph: "Ferries ran all night.")
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.dropped.contains { $0.text == "Jo Ruiz Updated March 4, 2026" })
  }

  @Test func linksSideBySideInAParagraphAreApart() throws {
    let html = Self.page(
      byline: "By Jo Ruiz",
      paragraph:
        "The reports from <a href=\"/k\">Kelmouth</a><a href=\"/i\">Island</a> came in on "
        + "<span>Monday</span><span>3</span> times, said the <b>clerk</b><i>Ann Lee</i>.")
    let body = try ArticleFixtures.clean(html: html).article.bodyText
    #expect(
      body.contains("from Kelmouth Island came in on Monday 3 times, said the clerk Ann Lee."))
  }

  @Test func piecesOfAWordAndOfCodeStayJoined() throws {
    let html = Self.page(
      byline: "By Jo Ruiz",
      paragraph:
        "It was <em>un</em><em>believable</em>: <b>T</b>he CO<sub>2</sub> level, the 5<sup>th</sup> "
        + "reading, and <code><span>let</span> <span>x</span><span>=</span><span>mapValue</span>"
        + "<span>Of</span></code> all agree.")
    let body = try ArticleFixtures.clean(html: html).article.bodyText
    #expect(
      body.contains("It was unbelievable: The CO2 level, the 5th reading, and let x=mapValueOf"))
  }

  @Test(
    arguments: [
      ("e", "2", true), ("a", "M", true), ("6", "5", true), ("6", "M", true), (".", "D", true),
      ("é", "P", true), ("n", "b", false), ("T", "h", false), ("O", "2", true), (",", "A", false),
      ("5", "t", false), (")", "2", false),
    ] as [(Character, Character, Bool)])
  func aGapIsWhereTheTwoSidesCannotBeOneWord(last: Character, first: Character, gap: Bool) {
    #expect(InlineGap.isGap(last, first) == gap)
  }

  @Test func aShortLineAroundATimeElementIsADatelineInAnyLanguage() throws {
    let lines = [
      "<span>Lucía Ferrer</span> · <time datetime=\"2026-05-05\">5 de mayo de 2026, 09:30</time>",
      "<span>Jo Ruiz</span> <span itemprop=\"datePublished\">3. März 2026, 14:20 Uhr</span>",
    ]
    for line in lines {
      let html = """
        <html><body><article><h1>Harbour vote</h1><p>\(line)</p>
        \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third."]))
        </article></body></html>
        """
      let result = try ArticleFixtures.clean(html: html)
      #expect(result.article.blocks.count == 3)
      #expect(result.dropped.contains { $0.reason == "signal:dateline" })
    }
  }

  @Test func aSentenceOrAListItemWithATimeElementStays() throws {
    let html = """
      <html><body><article><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))
      <p>The next vote is on <time>March 4</time>.</p>
      <ul><li><time>1990</time> the ferry line opens</li><li><time>2004</time> a second boat
      joins it</li></ul>
      \(ArticleFixtures.harbourParagraphs(["Third."]))
      </article></body></html>
      """
    let body = try ArticleFixtures.clean(html: html).article.bodyText
    #expect(body.contains("The next vote is on March 4."))
    #expect(body.contains("1990 the ferry line opens"))
  }
}
