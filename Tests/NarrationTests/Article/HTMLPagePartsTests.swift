import Foundation
import Testing

@testable import Narration

/// Parts of a page that sit beside or inside the story's container and are not the story
/// (boxes a script opens over the page, the captions of pictures in boxes of their own, the boxes
/// around a sign-up form), and hidden pages that are, whatever their classes are called.
@Suite struct HTMLPagePartsTests {
  @Test func aBoxNamedAsADialogIsNotTheStory() throws {
    let html = """
      <html><body><div class="page"><div class="entry"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third.", "Fourth."]))
      </div>
      <div class="dialog" id="privacy"><div class="dialog__content"><h2>Privacy</h2>
      <p>This policy says what we gather from our visitors, the tools we use to collect and
      store it, and how we protect it, so that you can decide what to share.</p>
      <p>Like any other website, we record some details about you and your device during your
      visit, such as your address, your browser and the pages you read.</p>
      </div></div></div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.count == 4)
    #expect(!result.article.bodyText.contains("This policy says"))
    #expect(result.dropped.contains { $0.reason == "rule:page-widget" && $0.text == "Privacy" })
  }

  @Test func aBoxOfDialogueIsTheStory() throws {
    let html = """
      <html><body><div class="entry"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))
      <div class="dialogue"><p>"Will the ferry run in winter?" asked one of the fishermen, and
      the mayor said that it would, twice a day, whatever the weather.</p></div>
      \(ArticleFixtures.harbourParagraphs(["Third."]))
      </div></body></html>
      """
    let body = try ArticleFixtures.clean(html: html).article.bodyText
    #expect(body.contains("Will the ferry run in winter?"))
  }

  /// Boxes that set a caption beside its picture: with a credit line, and a short line alone.
  static let captionBoxes = [
    """
    <div class="pic-box"><a href="/pictures/1"><picture><img src="quay.jpg"></picture></a>
    <div class="pic-box__text"><div class="pic-box__copy">Fishing boats tied up along the old
    quay on the morning of the vote.</div>
    <div class="pic-box__by">Photograph by Jo Ruiz</div></div></div>
    """,
    """
    <div class="m-1"><div class="m-2"><img src="quay.jpg"></div>
    <div class="m-3"><span>Fishing boats along the old quay.</span></div></div>
    """,
  ]

  @Test(arguments: captionBoxes) func theCaptionInAPicturesBoxIsNotTheStory(box: String) throws {
    let html = """
      <html><body><div class="entry"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))
      \(box)
      \(ArticleFixtures.harbourParagraphs(["Third.", "Fourth."]))
      </div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.count == 4)
    #expect(!result.article.bodyText.contains("Fishing boats"))
    #expect(result.dropped.contains { $0.reason == "signal:caption-box" })
  }

  @Test func linesWithAPictureInsideOrBesideItemsOrAloneStay() throws {
    // A paragraph that holds an icon, a list of steps beside a picture, and a photo post whose
    // few lines are all there is.
    let icon = """
      <html><body><div class="entry"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))
      <div class="m-1"><p><img src="icon.png">Ferries run twice a day.</p></div>
      \(ArticleFixtures.harbourParagraphs(["Third.", "Fourth."]))
      </div></body></html>
      """
    #expect(try ArticleFixtures.clean(html: icon).article.bodyText.contains("twice a day"))
    let steps = """
      <html><body><div class="entry"><h1>Harbour walk</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))
      <div class="m-1"><img src="step.jpg"><ul><li>Walk down to the quay.</li>
      <li>Ask for the harbour master.</li></ul></div>
      \(ArticleFixtures.harbourParagraphs(["Third.", "Fourth."]))
      </div></body></html>
      """
    #expect(try ArticleFixtures.clean(html: steps).article.bodyText.contains("harbour master"))
    let post = """
      <html><body><div class="post"><h1>Harbour at dawn</h1><div class="m-1"><img src="q.jpg">
      <p>The harbour at dawn on the morning of the vote, with the ferry coming in from the
      island under a low sky.</p></div></div></body></html>
      """
    #expect(try ArticleFixtures.clean(html: post).article.bodyText.contains("harbour at dawn"))
  }

  @Test func theBoxAroundASignUpFormIsNotTheStory() throws {
    let html = """
      <html><body><div class="entry"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third."]))
      <div class="x-9"><h3>Get the morning briefing</h3><p>Sign up to receive the latest news
      from the coast in your inbox every morning, before the first ferry leaves.</p>
      <form action="/join"><input type="email" name="address"><button>Join</button></form></div>
      \(ArticleFixtures.harbourParagraphs(["Fourth.", "Fifth."]))
      </div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.count == 5)
    #expect(!result.article.bodyText.contains("morning briefing"))
    #expect(!result.article.bodyText.contains("Sign up to receive"))
    #expect(result.dropped.contains { $0.reason == "signal:form-box" })
  }

  @Test func itemsWithTickBoxesStay() throws {
    let html = """
      <html><body><div class="entry"><h1>Harbour stew</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third."]))
      <ul><li><input type="checkbox">two pounds of mussels</li>
      <li><input type="checkbox">a glass of white wine</li></ul>
      \(ArticleFixtures.harbourParagraphs(["Fourth."]))
      </div></body></html>
      """
    let body = try ArticleFixtures.clean(html: html).article.bodyText
    #expect(body.contains("two pounds of mussels"))
    #expect(body.contains("a glass of white wine"))
  }

  @Test func hiddenPagesWithAClassMoreThanTheShownOneAreRead() throws {
    // Class names hashed as CSS modules serve them: the hidden pages have one class more.
    let html = """
      <html><body><div class="c-1f">
      <div class="c-7a">\(ArticleFixtures.harbourParagraphs(["First.", "Second."]))</div>
      <div class="c-7a c-3e" style="display: none">\(ArticleFixtures.harbourParagraphs(["Third."]))</div>
      <div class="c-7a c-3e" style="display: none">\(ArticleFixtures.harbourParagraphs(["Fourth."]))</div>
      <div class="c-9d c-3e" style="display: none"><p>Sign up for our morning briefing and get
      the news before your first coffee, every day of the week.</p></div>
      </div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.count == 4)
    #expect(result.article.bodyText.contains("Fourth."))
    #expect(
      result.dropped.contains { $0.text.hasPrefix("Sign up") && $0.reason == "signal:hidden" })
  }

  @Test func theStandfirstIsFoundPastAShareBarOfLinks() throws {
    // No class name says what the buttons are: they are short lines, links only.
    let buttons = ["Facebook", "Twitter", "Flipboard", "Pinterest", "Reddit", "LinkedIn", "Email"]
      .enumerated().map {
        "<div class=\"b-\($0.offset)\"><a href=\"/s/\($0.offset)\">\($0.element)</a></div>"
      }
      .joined()
    let html = """
      <html><body><div class="w-1"><div class="h-1"><h1>Harbour vote</h1>
      <p class="s-1">The council backs a new ferry plan after a long night of argument.</p></div>
      <div class="m-1"><div>By <a href="/jo">Jo Ruiz</a></div><div>February 7, 2024</div>
      \(buttons)</div>
      <div class="t-1">\(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third.", "Fourth."]))</div>
      </div></body></html>
      """
    let blocks = try ArticleFixtures.clean(html: html).article.blocks
    #expect(blocks.count == 5)
    #expect(blocks.first?.text.hasPrefix("The council backs a new ferry plan") == true)
  }

  @Test func allTheTextOfAFigureWithAPictureIsItsCaption() throws {
    let figure = """
      <figure class="f-1"><img src="quay.jpg"><span>The ferry at the quay on the morning of
      the vote, with the council's members on board.</span><span>Harbour Times</span></figure>
      """
    let html = """
      <html><body><div class="entry"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))
      \(figure)
      \(ArticleFixtures.harbourParagraphs(["Third.", "Fourth."]))
      </div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.count == 4)
    #expect(!result.article.bodyText.contains("Harbour Times"))
    #expect(result.dropped.contains { $0.reason == "signal:caption-box" })
  }

  @Test func aFigureThatWrapsTheStoryOrAQuotationStays() throws {
    let story = """
      <html><body><figure class="essay"><img src="light.jpg"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third.", "Fourth."]))
      </figure></body></html>
      """
    #expect(try ArticleFixtures.clean(html: story).article.blocks.count == 4)
    let quote = """
      <html><body><div class="entry"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))
      <figure><img src="mayor.jpg"><blockquote>We will keep the ferry running all
      winter.</blockquote></figure>
      \(ArticleFixtures.harbourParagraphs(["Third.", "Fourth."]))
      </div></body></html>
      """
    let body = try ArticleFixtures.clean(html: quote).article.bodyText
    #expect(body.contains("We will keep the ferry running all winter."))
  }
}
