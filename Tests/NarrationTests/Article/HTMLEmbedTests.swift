import Testing

@testable import Narration

/// Posts embedded from social networks inside an article: their text is not the story's,
/// except a tweet's, which stories quote as they quote people.
@Suite struct HTMLEmbedTests {
  /// The ferry story with a quote of its own after the first paragraph and `embeds` after
  /// the second.
  private static func page(embeds: String) -> String {
    let story = ArticleFixtures.ferryStory
    return """
      <html><head><title>Ferry crews vote to strike</title></head><body>
      <article><h1>Ferry crews vote to strike</h1>
      <p>\(story[0])</p>
      <blockquote><p>We asked for one meeting before the vote and the company would not give
      us even that, so the crews have decided for themselves.</p></blockquote>
      <p>\(story[1])</p>
      \(embeds)
      <p>\(story[2])</p>
      </article></body></html>
      """
  }

  @Test func postsEmbeddedByTheirNetworksScriptsGoByClassButATweetStays() throws {
    let embeds = """
      <blockquote class="twitter-tweet"><p lang="en">Crossings are cancelled on both strike
      days, so plan your trips to the island early this month please.</p>&mdash; Island Ferry
      (@islandferry) <a href="/link">March 3, 2026</a></blockquote>
      <blockquote class="instagram-media" data-instgrm-version="14"><div><p>View this post on
      Instagram</p><p>Last sailing of the season, and the whole crew came out to wave the
      passengers goodbye from the pier.</p><p>A post shared by Kelmouth Harbour
      (@kelmouthharbour)</p></div></blockquote>
      <div class="social-embed"><p>Watch the crews leave the meeting hall after the vote on
      Monday evening, cheering as they go.</p></div>
      """
    let result = try ArticleFixtures.clean(
      text: Self.page(embeds: embeds), name: "page.html", format: .html)
    let body = result.article.bodyText
    for story in ArticleFixtures.ferryStory {
      #expect(body.contains(story))
    }
    #expect(body.contains("We asked for one meeting"))
    for embedded in ["View this post", "Last sailing", "Watch the crews"] {
      #expect(!body.contains(embedded), "leaked: \(embedded)")
    }
    #expect(result.dropped.contains { $0.reason == "rule:social-embed" })
    // A tweet is quoted as people are: its words stay.
    #expect(body.contains("Crossings are cancelled on both strike days"))
  }

  @Test func aQuoteThatCitesOnePostIsThatPostWhateverItsClassButATweetStays() throws {
    let embeds = """
      <blockquote><p>Crossings are cancelled on both strike days, so plan your trips to the
      island early this month please.</p>&mdash; Island Ferry (@islandferry)
      <a href="https://twitter.com/islandferry/status/1765432109876543210">March 3, 2026</a>
      </blockquote>
      <blockquote cite="https://www.tiktok.com/@kelmouth/video/7301234567890123456"><section>
      <p>The crews sing on the last crossing before the strike, all the way to the island and
      back again.</p></section></blockquote>
      <blockquote><p>Notes from the vote, as the union posted them for members who could not come
      to the hall.</p><a href="https://union.example/notes">Read the notes</a></blockquote>
      """
    let result = try ArticleFixtures.clean(
      text: Self.page(embeds: embeds), name: "page.html", format: .html)
    let body = result.article.bodyText
    #expect(body.contains("Crossings are cancelled"))
    #expect(!body.contains("The crews sing"))
    // A quote that links elsewhere than to a post on a social network stays.
    #expect(body.contains("Notes from the vote"))
    #expect(body.contains("We asked for one meeting"))
    #expect(result.dropped.contains { $0.reason == "rule:social-post-link" })
  }
}
