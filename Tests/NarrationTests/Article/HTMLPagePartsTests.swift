import Foundation
import Testing

@testable import Narration

/// Parts of a page that sit beside or inside the story's container and are not the story:
/// boxes a script opens over the page, and the captions of pictures in boxes of their own.
@Suite struct HTMLPagePartsTests {
  /// Invented paragraphs of a story about a harbour vote, each a full sentence with commas.
  static func paragraphs(_ labels: [String]) -> String {
    labels.map { label in
      "<p>\(label) The council met on Tuesday evening, and members argued for an hour about "
        + "the budget, the roads and the school before they voted on the harbour plan.</p>"
    }.joined(separator: "\n")
  }

  @Test func aBoxNamedAsADialogIsNotTheStory() throws {
    let html = """
      <html><body><div class="page"><div class="entry"><h1>Harbour vote</h1>
      \(Self.paragraphs(["First.", "Second.", "Third.", "Fourth."]))
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
      \(Self.paragraphs(["First.", "Second."]))
      <div class="dialogue"><p>"Will the ferry run in winter?" asked one of the fishermen, and
      the mayor said that it would, twice a day, whatever the weather.</p></div>
      \(Self.paragraphs(["Third."]))
      </div></body></html>
      """
    let body = try ArticleFixtures.clean(html: html).article.bodyText
    #expect(body.contains("Will the ferry run in winter?"))
  }

  @Test func theCaptionInAPicturesBoxWithItsCreditIsNotTheStory() throws {
    let html = """
      <html><body><div class="entry"><h1>Harbour vote</h1>
      \(Self.paragraphs(["First.", "Second."]))
      <div class="pic-box"><a href="/pictures/1"><picture><img src="quay.jpg"></picture></a>
      <div class="pic-box__text"><div class="pic-box__copy">Fishing boats tied up along the old
      quay on the morning of the vote.</div>
      <div class="pic-box__by">Photograph by Jo Ruiz</div></div></div>
      \(Self.paragraphs(["Third.", "Fourth."]))
      </div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.count == 4)
    #expect(!result.article.bodyText.contains("Fishing boats"))
    #expect(result.dropped.contains { $0.reason == "signal:caption-box" })
  }

  @Test func aLineBesideAPictureWithoutACreditStays() throws {
    let html = """
      <html><body><div class="entry"><h1>Harbour vote</h1>
      \(Self.paragraphs(["First.", "Second."]))
      <div class="step"><img src="step.jpg"><div>Walk down to the quay and ask for the
      harbour master at the office by the slipway.</div></div>
      \(Self.paragraphs(["Third.", "Fourth."]))
      </div></body></html>
      """
    let body = try ArticleFixtures.clean(html: html).article.bodyText
    #expect(body.contains("Walk down to the quay"))
  }
}
