import Foundation
import Testing

@testable import Narration

/// Small boxes with two or more buttons inside the story's container (players, share bars,
/// notices with Accept and Refuse), what stands above a headline that opens the container, and
/// a sign-up box whose label would otherwise end the story.
@Suite struct HTMLButtonBoxTests {
  /// A story of four paragraphs with a box between the second and the third.
  static func story(with box: String) -> String {
    """
    <html><body><div class="entry"><h1>Harbour vote</h1>
    \(ArticleFixtures.harbourParagraphs(["First.", "Second."]))
    \(box)
    \(ArticleFixtures.harbourParagraphs(["Third.", "Fourth."]))
    </div></body></html>
    """
  }

  static let boxes = [
    // A player.
    """
    <div class="k1"><button>Play</button><span>Hear the council debate</span><span>6 min</span>
    <button>1.5x</button></div>
    """,
    // A notice with its two answers.
    """
    <div class="k2"><div><p>We keep small files on your device to count visits, and you can
    turn them off whenever you like.</p></div><button>Accept</button><button>Refuse</button></div>
    """,
    // A bar of controls, one of them a link set up as a button.
    """
    <ul class="k3"><li><button>Save</button></li><li><a role="button" href="/gift">Give this
    story to a friend</a></li><li><button>Print</button></li></ul>
    """,
  ]

  @Test(arguments: boxes) func aSmallBoxOfButtonsIsNotTheStory(box: String) throws {
    let result = try ArticleFixtures.clean(html: Self.story(with: box))
    #expect(result.article.blocks.count == 4)
    #expect(result.dropped.contains { $0.reason == "signal:button-box" })
  }

  @Test func oneButtonMakesNoBox() throws {
    let box = """
      <div class="k1"><p>The vote was close, and the chair had the last word.</p>
      <button>Share</button></div>
      """
    let body = try ArticleFixtures.clean(html: Self.story(with: box)).article.bodyText
    #expect(body.contains("the chair had the last word"))
  }

  @Test func shortPostsWithButtonsEachAreTheStory() throws {
    let posts = (1...5).map { number in
      """
      <div class="post"><p>Update \(number). The ferry left the quay at noon, with the
      council's members on board to see the harbour from the water.</p>
      <button>Share</button><button>Reply</button></div>
      """
    }.joined(separator: "\n")
    let html = """
      <html><body><div class="entry"><h1>Harbour vote</h1>\(posts)</div></body></html>
      """
    let body = try ArticleFixtures.clean(html: html).article.bodyText
    for number in 1...5 { #expect(body.contains("Update \(number).")) }
  }

  @Test func aHeadingWithButtonsInsideIsAHeading() throws {
    let box = """
      <h3>What it costs<span><button>1x</button><button>2x</button></span></h3>
      """
    let result = try ArticleFixtures.clean(html: Self.story(with: box))
    #expect(result.article.blocks.contains { $0.kind == .heading && $0.text == "What it costs" })
  }

  @Test func whatStandsAboveAHeadlineThatOpensTheContainerIsNoLead() throws {
    let html = """
      <html><body>
      <div class="n1"><p>This site keeps a little data about your visit, as the law allows, to
      know which stories are read the most.</p><a href="/data">Read how</a></div>
      <article><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third."]))
      </article>
      <div class="f1"><a href="/a">About the paper</a> <a href="/c">Contact the newsroom</a>
      <a href="/j">Work with us</a></div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(!result.article.bodyText.contains("keeps a little data"))
    #expect(result.article.blocks.count == 3)
  }

  @Test func theLabelOfASignUpBoxDoesNotEndTheStory() throws {
    let html = """
      <html><body><div class="entry"><h1>Harbour vote</h1>
      \(ArticleFixtures.harbourParagraphs(["First.", "Second.", "Third."]))
      <div class="k4"><h4>Newsletter</h4><p>The harbour news every morning.</p>
      <form><input type="email"><button>Sign me up</button></form></div>
      \(ArticleFixtures.harbourParagraphs(["Fourth."]))
      </div></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.count == 4)
    #expect(result.article.bodyText.contains("Fourth."))
    #expect(!result.article.bodyText.contains("every morning"))
  }
}
