import Testing

@testable import Narration

@Test func slugIsASCII() {
  #expect(Slug.make("Dec. 4 news!") == "dec-4-news")
}
