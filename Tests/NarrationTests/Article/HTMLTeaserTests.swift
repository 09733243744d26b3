import Testing

@testable import Narration

/// Teasers for other stories beside an article, and list articles that look like them.
@Suite struct HTMLTeaserTests {
  private static let story = ArticleFixtures.ferryStory
  private static let summary =
    "The council voted on Tuesday to rebuild the old fish market as a covered hall for "
    + "farmers and bakers, after ten years of plans."

  /// A box that opens with a headline linking to another story, and its summary.
  private static func teaser(_ headline: String, _ summary: String) -> String {
    #"<div><h3><a href="/2026/\#(headline.count)">\#(headline)</a></h3><p>\#(summary)</p></div>"#
  }

  @Test func theNextStoryUnderTheArticleInItsBoxGoes() throws {
    let paragraphs = Self.story.map { "<p>\($0)</p>" }.joined()
    let html = """
      <html><head><title>Ferry crews vote to strike</title></head><body><article>
      <h1>Ferry crews vote to strike</h1><div>\(paragraphs)</div>
      \(Self.teaser("Harbor market gets a roof at last", Self.summary))
      </article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(result.dropped.contains { $0.text == Self.summary })
  }

  @Test func aLinkedSubheadingBeforeTheStorysEndStays() throws {
    let html = """
      <html><head><title>Ferry crews vote to strike</title></head><body><article>
      <h1>Ferry crews vote to strike</h1><div><p>\(Self.story[0])</p><p>\(Self.story[1])</p></div>
      \(Self.teaser("What the new rota means", Self.story[2]))
      <p>Talks are planned for Thursday, and the crews said they would call off the strike if the
      company dropped the late shifts from the rota.</p>
      </article></body></html>
      """
    let result = try ArticleFixtures.clean(html: html)
    #expect(result.article.blocks.map(\.text).contains(Self.story[2]))
    #expect(result.article.blocks.last?.text.hasPrefix("Talks are planned") == true)
  }

  @Test func theItemsOfAListArticleThatItsTitleCountsStay() throws {
    let items = [
      ("The quay and the old fish market", "An easy hour along the harbour wall, past the boats"),
      ("The dunes to the lighthouse", "Two hours on sand and boardwalks to the lighthouse"),
      ("Round the island", "A whole day: take the first ferry and walk the coast path"),
      ("The salt marsh", "Flat and muddy, with hides for watching the geese on the marsh"),
    ].map { ($0.0, $0.1 + ", and the best of it is that the ferry runs every hour in winter.") }
    let intro =
      "Winter is the best time to walk the Kelmouth estuary: the paths are quiet, the birds "
      + "are back from the north, and the ferry runs every hour. These are our favourite walks, "
      + "from an hour on the quay to a whole day on the island."
    for title in ["Four harbour walks for winter", "4 harbour walks for winter"] {
      let html = """
        <html><head><title>\(title)</title></head><body><article><h1>\(title)</h1>
        <div class="intro"><p>\(intro)</p></div>
        <div class="list">\(items.map { Self.teaser($0.0, $0.1) }.joined(separator: "\n"))</div>
        </article></body></html>
        """
      let body = try ArticleFixtures.clean(html: html).article.bodyText
      #expect(body.contains(intro))
      for item in items { #expect(body.contains(item.1), "dropped: \(item.0)") }
    }
  }
}
