import Testing

@testable import Narration

/// Pages built by script, whose article is in their data rather than their markup.
@Suite struct HTMLScriptDataTests {
  private static let story = ArticleFixtures.ferryStory
  private static let closing =
    "Talks are planned for Thursday, and the crews said they would call off the strike if the "
    + "company dropped the late shifts from the rota."

  /// A page whose markup holds a menu and a loading notice, and `scripts`.
  private static func page(_ scripts: String, body: String = "<p>Loading…</p>") -> String {
    """
    <html><head><title>Ferry crews vote to strike | Courier</title></head><body>
    <div id="app"><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <main>\(body)</main></div>
    \(scripts)
    </body></html>
    """
  }

  @Test func aNextPageIsReadFromItsDataAndNotItsTeasers() throws {
    let story = Self.story
    let body = "<p>\(story[0])</p><p>\(story[1])</p><h2>What comes next</h2><p>\(story[2])</p>"
    let data = """
      {"props":{"pageProps":{"article":{"id":"a81","title":"Ferry crews vote to strike",
      "byline":"Ines Okafor","body":"\(body)"},"related":[{"title":"Harbor market gets a roof",
      "url":"/market","summary":"The council voted to rebuild the old fish market as a hall for \
      farmers and bakers this year."}]}},"page":"/[slug]"}
      """
    let html = Self.page(#"<script id="__NEXT_DATA__" type="application/json">\#(data)</script>"#)
    let result = try ArticleFixtures.clean(html: html)
    #expect(
      result.article.blocks.map(\.text) == [story[0], story[1], "What comes next", story[2]])
    #expect(result.article.blocks[2].kind == .heading)
    let line = html.split(separator: "\n").firstIndex { $0.contains("__NEXT_DATA__") } ?? 0
    #expect(result.article.blocks.allSatisfy { $0.lines == (line + 1)...(line + 1) })
  }

  @Test func aStateAssignedToWindowGivesItsParagraphBlocks() throws {
    let blocks = (Self.story + [Self.closing]).map { #"{"type":"paragraph","text":"\#($0)"}"# }
    let script = """
      <script>window.__INITIAL_STATE__ = {"story":{"headline":"Ferry crews vote to strike",
      "blocks":[\(blocks.joined(separator: ","))]},"teasers":[{"headline":"Harbor market gets \
      a roof","author":"Jo Ruiz","summary":"The council voted on Tuesday to rebuild the old \
      fish market as a hall for farmers and bakers."},{"headline":"Island school reopens",\
      "author":"Sam Lee","summary":"Pupils on the island returned to their school on Monday \
      after a winter of lessons held in the village hall."}]};</script>
      """
    let result = try ArticleFixtures.clean(html: Self.page(script))
    #expect(result.article.blocks.map(\.text) == Self.story + [Self.closing])
  }

  @Test func aNuxtPayloadWithEscapedHTMLIsRead() throws {
    let body = (Self.story + [Self.closing]).map { "\\u003Cp\\u003E\($0)\\u003C\\u002Fp\\u003E" }
    let script = """
      <script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{article:{\
      title:"Ferry crews vote to strike",content:"\(body.joined())",views:a}}]}}(12,true));\
      </script>
      """
    let result = try ArticleFixtures.clean(html: Self.page(script))
    #expect(result.article.blocks.map(\.text) == Self.story + [Self.closing])
  }

  @Test func theRestOfAStoryWhoseMarkupShowsItsStartIsRead() throws {
    let paragraphs = (Self.story + [Self.closing]).map { #""\#($0)""# }.joined(separator: ",")
    let script = """
      <script>window.__PRELOADED_STATE__ = JSON.parse("{\\"paragraphs\\":[\
      \(paragraphs.replacingOccurrences(of: "\"", with: "\\\""))]}");</script>
      """
    let result = try ArticleFixtures.clean(
      html:
        Self.page(script, body: "<article><p>\(Self.story[0])</p><p>Subscribe to read on</p>"))
    #expect(result.article.blocks.map(\.text) == Self.story + [Self.closing])
  }

  @Test func theSlidesOfAGalleryAreReadWithTheirHTMLEscaped() throws {
    let texts = Self.story + [Self.closing]
    let slides = (0..<2).map { index in
      #"{"title":"Slide \#(index + 1) of the strike","top":"&lt;p&gt;\#(texts[2 * index])"#
        + #"&lt;/p&gt;","image":"/img/\#(index).jpg","bottom":"&lt;p&gt;"#
        + #"\#(texts[2 * index + 1])&lt;/p&gt;","credit":"Photo Agency"}"#
    }
    let related =
      #"{"headline":"Harbor market gets a roof","summary":"The council voted on "#
      + #"Tuesday to rebuild the old fish market as a hall for farmers and bakers."}"#
    let script = """
      <script>var gallery = {"slides":[\(slides.joined(separator: ","))],\
      "related":{"items":[\(related)]}};</script>
      """
    let result = try ArticleFixtures.clean(
      html: Self.page(script, body: "<article><p>\(texts[0])</p>"))
    #expect(result.article.blocks.map(\.text) == texts)
  }

  @Test func dataAboutOtherStoriesDoesNotReplaceTheArticleInTheMarkup() throws {
    let summaries = (1...6).map { number in
      #"{"headline":"Other story \#(number)","summary":"The council voted on Tuesday to "#
        + #"rebuild the old fish market number \#(number) as a covered hall for farmers, "#
        + #"bakers and the fishing families who sell on the quay."}"#
    }
    let script =
      "<script>window.__STATE__ = {\"more\":[\(summaries.joined(separator: ","))]};"
      + "</script>"
    let body = "<article>" + Self.story.map { "<p>\($0)</p>" }.joined() + "</article>"
    let result = try ArticleFixtures.clean(html: Self.page(script, body: body))
    #expect(result.article.blocks.map(\.text) == Self.story)
  }
}
