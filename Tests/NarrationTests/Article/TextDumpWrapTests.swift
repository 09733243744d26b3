import Testing

@testable import Narration

/// Dumps hard-wrapped at a few dozen columns: their paragraphs are judged as the same
/// paragraphs on a line of their own would be.
@Suite struct TextDumpWrapTests {
  /// An invented page around `paragraphs`, each wrapped at 72 columns.
  static func page(_ paragraphs: [String]) -> String {
    (["Harbor Times", "* Home\n* News\n* Sport", "Market hall to open on the quay"]
      + paragraphs.map { ArticleFixtures.wrapped($0, width: 72) }
      + ["Share this article", "© 2026 Harbor Times"]).joined(separator: "\n\n")
  }

  @Test func aParagraphsLastWordAloneIsNoButton() throws {
    // Wrapped at 72 columns, each paragraph's last word stands alone on the last line, where a
    // rule for buttons ("more", "Twitter") would take it, and the paragraph with it.
    let asked =
      "Passengers who want to know how the timetable changes their crossings can ask the "
      + "harbor office on the quay, where the staff will tell them more."
    let followed =
      "Readers who want to follow the council's work on the new covered market hall can find "
      + "its minutes on the website of the town and its news on Twitter."
    let story = [
      ArticleFixtures.harborStory[0], ArticleFixtures.harborStory[1], asked,
      ArticleFixtures.harborStory[2], followed,
    ]
    let text = Self.page(story)
    #expect(text.contains("\nmore.\n") && text.contains("\nTwitter.\n"))
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == story)
    #expect(!result.article.bodyText.contains("Share this article"))
  }

  @Test func paragraphsBrokenWhereverTheWidthRanOutStayWhole() throws {
    // Wrapped at 72 columns, the first paragraph breaks right after a full stop, the second
    // after a version number above a capitalised word, the third after a straight quote.
    let stopped =
      "Ferry crews on the island line voted on Monday to accept the new rota. Passengers will "
      + "see no change, the company said."
    let numbered =
      "The photographs on this page may be shared under the Commons Licence 4.0 International, "
      + "unless a caption says otherwise."
    let quoted =
      "In the harbor dialect, \"kel\" means \"cold\" and \"mouth\" means the \"river\" and "
      + "\"kelmouth\" (a name older than the town) means \"cold river mouth\"."
    let story = [
      ArticleFixtures.harborStory[0], stopped, ArticleFixtures.harborStory[1], numbered,
      ArticleFixtures.harborStory[2], quoted,
    ]
    let text = Self.page(story)
    for end in ["new rota.\n", "Licence 4.0\n", "the \"river\"\n"] {
      #expect(text.contains(end), "not wrapped there: \(end)")
    }
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == story)
  }

  /// A line that ends a sentence, as full as a dump wrapped at 72 columns leaves one.
  static let fullSentence =
    "The harbor council will publish the new timetable on its website today."

  /// The physical lines of each unit of `lines` in a dump wrapped at `width` columns.
  static func units(_ lines: [String], width: Int? = 72) -> [ClosedRange<Int>] {
    TextDumpCleaner.units(lines, wrapWidth: width).map(\.lines)
  }

  @Test func aFullLineGoesOnOnlyInTextThatReadsAsItsSentence() {
    func units(_ next: String, width: Int? = 72) -> [ClosedRange<Int>] {
      Self.units([Self.fullSentence, next], width: width)
    }
    // A sentence going on joins the line; the same lines in a dump that does not wrap do not.
    #expect(units("Ferries will run as usual until then.") == [0...1])
    #expect(units("Ferries will run as usual until then.", width: nil) == [0...0, 1...1])
    // A button, a name or a short line below it is a line of its own.
    #expect(units("Sign Up Now") == [0...0, 1...1])
    #expect(units("Jane Doe") == [0...0, 1...1])
    #expect(units("Reply") == [0...0, 1...1])
    #expect(units("[harbor-map.png]") == [0...0, 1...1])
    // A line below a short one is a line of its own too: the width did not run out there.
    #expect(
      Self.units(["The timetable is online.", "Ferries will run as usual."]) == [0...0, 1...1])
    // Nor does a line that would have left room for the next word in a wider dump.
    #expect(units("Ferries will run as usual until then.", width: 100) == [0...0, 1...1])
  }

  @Test func theWidthIsTheLengthThatManyLinesReach() {
    let story = ArticleFixtures.harborStory + ArticleFixtures.ferryStory
    for width in [64, 72, 80] {
      let lines = story.flatMap {
        ArticleFixtures.wrapped($0, width: width).split(separator: "\n").map(String.init) + [""]
      }
      let found = TextDumpCleaner.wrapWidth(lines)
      #expect(
        found.map { (width - 4...width).contains($0) } == true,
        "\(width): \(String(describing: found))")
      // An address too long to break runs beyond the width without moving it.
      let address = "https://harbor.example/" + String(repeating: "timetable-", count: 8)
      #expect(TextDumpCleaner.wrapWidth(lines + [address]) == found)
    }
    // Paragraphs on a line each have no such length.
    #expect(TextDumpCleaner.wrapWidth(story) == nil)
  }

  @Test func aBracketOpenedAboveClosesBelowAFullStop() {
    // A photo's credit broken after an initial: its closing bracket goes on the line above.
    let caption = "Crews tie up the new ferry at the quay on Monday. (Harbor Times/Jo S."
    #expect(Self.units([caption, "Ward)"]) == [0...1])
    #expect(Self.units([caption, "Ward)"], width: nil) == [0...0, 1...1])
  }

  @Test func aShortNoteInBracketsGoesOnAFullLine() {
    // A teaser's date or a story's source in brackets, wrapped below the full line it ends;
    // a text browser's "(BUTTON)" stays a line of its own.
    #expect(Self.units([Self.fullSentence, "(12.03.2026)"]) == [0...1])
    #expect(Self.units([Self.fullSentence, "(Harbor Wire)"]) == [0...1])
    #expect(Self.units([Self.fullSentence, "(BUTTON)"]) == [0...0, 1...1])
  }
}
