import Foundation
import Testing

@testable import Narration

/// The structural signals that hold on pages the cleaner has not seen: ARIA headings, AMP
/// elements, and the shapes that split or pad a story.
@Suite struct HTMLStructureTests {
  @Test func anElementMarkedAsAHeadingIsAHeadingOfItsLevel() throws {
    let html = """
      <html><body><article><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))
      <div role="heading" aria-level="3">What happens next</div>
      \(ArticleFixtures.harbourParagraphs(["Third.", "Fourth."]))
      </article></body></html>
      """
    let blocks = try ArticleFixtures.clean(html: html).article.blocks
    #expect(blocks.map(\.kind) == [.paragraph, .paragraph, .heading, .paragraph, .paragraph])
    #expect(blocks[2].text == "What happens next")
    #expect(HTMLCleaner.Walker.headingLevel(MarkupNode(name: "div", line: 1)) == nil)
    var node = MarkupNode(name: "div", line: 1)
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
      \(ArticleFixtures.harbourParagraphs(["First."]))
      <amp-img src="harbour.jpg" width="4" height="3"></amp-img>
      <amp-ad width="300" height="250" type="network"><div fallback>Sorry, there is no ad for
      you to see here right now.</div></amp-ad>
      \(ArticleFixtures.harbourParagraphs(["Second.", "Third."]))
      </div></article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    let body = result.article.bodyText
    #expect(result.article.blocks.count == 3)
    for chrome in ["Home page", "We use cookies", "no ad for you"] {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
    #expect(result.dropped.contains { $0.reason == "element:amp-ad" })
    #expect(result.dropped.contains { $0.reason == "element:amp-sidebar" })
  }

  /// A comment section longer than the story, without class names that say what it is.
  static func comments(_ count: Int) -> String {
    (1...count).map { number in
      """
      <div class="item"><span>Reader \(number)</span> <span>March 3, 2026 at 4:1\(number % 10) pm
      </span><p>Reader \(number) says: I think the council got this wrong again, as usual, and
      the budget, the roads and the school will all suffer for years because of it.</p>
      <a href="#reply">Reply</a></div>
      """
    }.joined(separator: "\n")
  }

  @Test func aCommentSectionLongerThanTheStoryIsNotTheStory() throws {
    let html = """
      <html><body><div id="page"><div class="entry"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third."]))
      </div><div id="discussion"><h3>12 Comments</h3>\(Self.comments(12))</div>
      </div></body></html>
      """
    let article = try ArticleFixtures.clean(html: html).article
    #expect(article.blocks.count == 3)
    #expect(article.bodyText.hasPrefix("First."))
    #expect(!article.bodyText.contains("Reader"))
  }

  @Test func aSubheadingThatNamesASectionStillOpensMoreOfTheStory() throws {
    // "Discussion" is a comment label too; prose right under it makes it the story's own.
    let html = """
      <html><body><div id="page"><div class="entry"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))
      </div><div class="more"><h2>Discussion</h2>
      \(ArticleFixtures.harbourParagraphs(["Third.", "Fourth.", "Fifth."]))
      </div></div></body></html>
      """
    let article = try ArticleFixtures.clean(html: html).article
    #expect(
      article.blocks.map(\.kind) == [.paragraph, .paragraph] + [.heading] + [
        .paragraph, .paragraph, .paragraph,
      ])
    #expect(article.bodyText.contains("Fifth."))
  }

  @Test func theNextStoryThatThePageLoadsBelowIsNotPartOfThisOne() throws {
    let html = """
      <html><body><main><article><h1>Harbour vote</h1><div class="article-body">
      \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third.", "Fourth."]))
      </div></article>
      <article><h2>Up next: the bridge opens</h2><div class="article-body">
      \(ArticleFixtures.harbourParagraphs(["Bridge one.", "Bridge two.", "Bridge three.", "Bridge four."]))
      </div></article></main></body></html>
      """
    let article = try ArticleFixtures.clean(html: html).article
    #expect(article.blocks.count == 4)
    #expect(article.bodyText.hasPrefix("First."))
    #expect(!article.bodyText.contains("Bridge"))
  }

  @Test func aStorySplitOverBoxesBetweenAdsIsKeptWhole() throws {
    let html = """
      <html><body><div class="top"><a href="/">Home</a> <a href="/news">News</a></div>
      <div class="wrapper"><div class="col"><h1>Harbour vote</h1>
      <div class="txt">\(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third."]))</div>
      <div class="adbox"><span>Advertisement</span></div>
      <div class="txt">\(ArticleFixtures.harbourParagraphs(["Fourth.", "Fifth."]))</div>
      <div class="promo-box"><a href="/x">Read more: the mayor opens the new bridge</a></div>
      <div class="txt">\(ArticleFixtures.harbourParagraphs(["Sixth."]))</div></div>
      <div class="rail"><h3>Most read</h3><ul><li><a href="/1">Story one about a thing</a></li>
      <li><a href="/2">Story two about another thing</a></li></ul></div></div></body></html>
      """
    let article = try ArticleFixtures.clean(html: html).article
    #expect(article.blocks.count == 6)
    #expect(article.bodyText.hasPrefix("First."))
    #expect(article.blocks.last?.text.hasPrefix("Sixth.") == true)
  }

  /// Boxes of other stories, each a linked headline over a summary longer than the story.
  static func teasers(_ headlines: [String]) -> String {
    headlines.map { headline in
      """
      <div><h2><a href="/story">\(headline)</a></h2><a href="/story"><img src="t.jpg"></a>
      <p>The good folks at the harbour are still doing their thing, and now they have brought
      in the whole choir, the brass band and the mayor to sing along at the quay, which was
      quite the sight on a wet Sunday afternoon, as the pictures show in some detail […]</p>
      <h3><a href="/story">Read the rest</a></h3></div>
      """
    }.joined(separator: "\n")
  }

  @Test func aListOfTeasersBelowAShortStoryIsNotTheStory() throws {
    let html = """
      <html><body><div id="page"><div><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))</div>
      <div>\(Self.teasers(["Choir at the quay", "Band on the pier", "Mayor sings", "Wet Sunday"]))
      </div></div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.count == 2)
    #expect(result.article.bodyText.hasPrefix("First."))
    #expect(!result.article.bodyText.contains("good folks"))
  }

  @Test func numberedLinkedHeadlinesAreTheItemsOfAListArticle() throws {
    let html = """
      <html><body><div id="page"><div><h1>Harbour days out</h1>
      \(ArticleFixtures.harbourParagraphs(["First."]))</div>
      <div>\(Self.teasers(["1. Choir at the quay", "2. Band on the pier", "3. Mayor sings"]))
      </div></div></body></html>
      """
    let body = try ArticleFixtures.clean(html: html).article.bodyText
    #expect(body.hasPrefix("First."))
    #expect(body.components(separatedBy: "The good folks").count == 4)
  }

  @Test func aPageSavedWithADialogOpenIsReadBehindIt() throws {
    // The dialog hides the page from screen readers; a closed settings dialog stays hidden.
    let html = """
      <html><body><div id="wrap" aria-hidden="true"><div class="article-body">
      <h1>Harbour vote</h1>\(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third."]))</div></div>
      <div role="dialog" aria-hidden="true"><h4>Privacy overview</h4><p>This website uses
      cookies to improve your experience while you navigate through the website, and some of
      them are stored in your browser because they are needed for the basic functions.</p></div>
      </body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.count == 3)
    #expect(result.article.bodyText.hasPrefix("First."))
    #expect(!result.article.bodyText.contains("cookies"))
  }

  @Test func scriptThatCarriesDataIsScriptText() {
    // Long strings of data in a script shown as text: few braces for its length, many quotes.
    let settings = (1...12).map { number in
      "\"setting\(number)Copy\":\"Get kitchen tested recipes and meal ideas in your inbox\""
    }.joined(separator: ",")
    let script =
      "(function() { document.addEventListener('ready', function() { var configuration = "
      + "{\(settings)}; var moduleName = 'newsletter'; start(moduleName, configuration) }) })();"
    #expect(HTMLCleaner.isScriptText(script))
    let prose =
      "The menu listed {soup; bread} and \"fish\"; the cook said the harbour stew was the "
      + "best thing on it, and the mayor, who had two bowls, agreed with him on that."
    #expect(!HTMLCleaner.isScriptText(prose))
  }

  @Test func aBoxThatAKeepReadingLinkOpensGoesWhole() throws {
    let html = """
      <html><body><article><h1>Harbour vote</h1><div class="body">
      \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))
      <div class="callout"><div role="heading" aria-level="4">Keep reading</div>
      <figure><img src="badge.jpg"></figure>
      <div role="heading" aria-level="5">The latest on <a href="/harbour">the harbour</a>, from
      the ferries to the fish market and more</div></div>
      \(ArticleFixtures.harbourParagraphs(["Third.", "Fourth."]))
      </div></article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.count == 4)
    #expect(!result.article.bodyText.contains("The latest on"))
    #expect(result.dropped.contains { $0.text.hasPrefix("The latest on") })
  }

  @Test func theLinksToTheOtherPagesOfAPaginatedStoryGo() throws {
    let html = """
      <html><body><div class="content"><h1>Harbour vote</h1><div class="post-body">
      \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third."]))
      <div class="pages">Page 1 of 3 <a href="?p=2">2</a> <a href="?p=3">3</a>
      <a href="?p=2">Next page »</a></div>
      </div></div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.count == 3)
    #expect(result.dropped.contains { $0.reason == "signal:pager" && $0.text.hasPrefix("Page 1") })
    func block(_ text: String, links: Int) -> HTMLCleaner.Block {
      HTMLCleaner.Block(
        kind: .paragraph, tag: "p", text: text, lines: 1...1, characters: text.count,
        linkCharacters: links, plainCharacters: text.count, ancestors: [])
    }
    #expect(HTMLCleaner.isPager(block("« Prev 1 2 3 … 9 Next", links: 20)))
    // A score with linked teams, and a sentence, are no pager.
    #expect(!HTMLCleaner.isPager(block("Harbour Rovers 2 Town 1", links: 18)))
    #expect(!HTMLCleaner.isPager(block("Read pages 4 5 and 6.", links: 5)))
  }

  @Test func aHeadlineAndStandfirstInAnArticleElementOfTheirOwnLeadTheStory() throws {
    let html = """
      <html><body><main><article class="head"><h1>Harbour vote</h1>
      <p>The harbour plan passed on Tuesday night after a long debate, and the first works on
      the quay start in the spring, the council said, with the fish market moving first. The
      ferry keeps running through the works, and the stalls move to the car park for a year.</p>
      </article><article class="body">
      \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third.", "Fourth."]))
      </article></main></body></html>
      """
    let article = try ArticleFixtures.clean(html: html).article
    #expect(article.blocks.count == 5)
    #expect(article.bodyText.hasPrefix("The harbour plan passed"))
  }

  @Test func aCommentCounterAboveTheStoryDoesNotEndIt() throws {
    let intro = """
      <div class="intro"><p>The Town Post is the newspaper of the harbour towns, written by
      local reporters since 1901 and funded by its readers, who keep it free for everyone to
      read, every day of the year.</p><p>We report on the council, the schools, the harbour
      and the ferries, and on the people who run them, without fear or favour.</p></div>
      """
    for before in ["", intro] {
      let html = """
        <html><body>\(before)<article><h1>Harbour vote</h1>
        <div class="meta"><div>By Jo Ruiz</div><div>12 comments</div><div>Share</div></div>
        \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third.", "Fourth."]))
        </article></body></html>
        """
      let body = try ArticleFixtures.clean(html: html).article.bodyText
      #expect(body.contains("First.") && body.contains("Fourth."), "after: \(before.prefix(20))")
    }
  }

  @Test func theLinkedItemsOfARoundupUnderItsIntroAreTheArticle() throws {
    let html = """
      <html><body><div id="page"><h1>Harbour week</h1><div class="body">
      \(ArticleFixtures.harbourParagraphs(["Intro.", "More intro."]))
      \(Self.teasers(["Choir at the quay", "Band on the pier", "Mayor sings"]))
      </div></div></body></html>
      """
    let body = try ArticleFixtures.clean(html: html).article.bodyText
    #expect(body.hasPrefix("Intro."))
    #expect(body.components(separatedBy: "The good folks").count == 4)
  }

  @Test func sectionsUnderSubheadingsThatLinkToThemselvesAreTheStory() throws {
    let sections = ["costs", "works", "ferry"].map { name in
      """
      <section><h2 id="\(name)"><a href="#\(name)">The \(name)</a></h2>
      \(ArticleFixtures.harbourParagraphs(["On the \(name)."]))</section>
      """
    }.joined(separator: "\n")
    let html = """
      <html><body><article><h1>Harbour vote</h1>
      <div class="intro">\(ArticleFixtures.harbourParagraphs(["Intro.", "More intro."]))</div>
      <div class="sections">\(sections)</div></article></body></html>
      """
    let body = try ArticleFixtures.clean(html: html).article.bodyText
    for name in ["costs", "works", "ferry"] {
      #expect(body.contains("On the \(name)."), "lost: \(name)")
    }
  }
}
