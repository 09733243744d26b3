import Foundation
import Testing

@testable import Narration

/// Photo captions in page dumps that read as sentences.
@Suite struct TextDumpCaptionTests {
  static let story = ArticleFixtures.ferryStory

  @Test func aLongCaptionEndingWithAnAgencyPhotoCreditGoes() throws {
    let caption =
      "Crew members of the tide-powered ferry walk along the quay to the harbor office, where "
      + "the union's regional secretary handed the company the result of the strike vote, on "
      + "Monday, Dec. 1, 2026, in Kelmouth, on the northern coast, after the last crossing of "
      + "the day. (AP Photo/Ines Okafor)"
    #expect(caption.utf8.count > RuleMatcher.maximumLineLength)
    let text = [Self.story[0], caption, Self.story[1], Self.story[2]].joined(separator: "\n\n")
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 3) == "rule:photo-agency")
  }

  @Test func theLeadPhotosCaptionAboveItsCreditGoesButALeadParagraphStays() throws {
    let caption = "Ferry crews on the quay at Kelmouth after the vote on Monday."
    let text =
      (["Share on Facebook", caption, "Photograph: Ines Okafor/Harbor Times"] + Self.story)
      .joined(separator: "\n\n")
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 3) == "signal:caption")

    // A first paragraph of some length above the first photo is the story's own.
    let lead =
      "Ferry crews on the tide-powered line between Kelmouth and the island, who have run the "
      + "crossings through every storm since the line opened, voted on Monday to strike for two "
      + "days next month over a new winter rota."
    let withLead = ([lead, "Photograph: Ines Okafor/Harbor Times"] + Self.story.dropFirst())
      .joined(separator: "\n\n")
    let kept = try ArticleFixtures.clean(text: withLead).article.blocks.map(\.text)
    #expect(kept == [lead] + Self.story.dropFirst())
  }

  @Test func anImagesLowercaseTextBetweenParagraphsGoesButCommandsAndWrappedLinesStay() throws {
    // Text browsers print an image's alternative text where the image stands, on its own line.
    let image = "ferry crews waiting on the quay at dawn with the island behind"
    let text = [Self.story[0], image, Self.story[1], Self.story[2]].joined(separator: "\n\n")
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 3) == "signal:image-text")

    // A command, a name with a capital inside, or a line with a code mark is not an image's text.
    for line in [
      "rsync the ferry logs -av to the harbor server", "iPhone photos of the crews on the quay",
      "ferry_crews = load the rota for winter",
    ] {
      let kept = [Self.story[0], line, Self.story[1], Self.story[2]].joined(separator: "\n\n")
      let blocks = try ArticleFixtures.clean(text: kept).article.blocks.map(\.text)
      #expect(blocks.contains(line), "\(line)")
    }

    // A long lowercase line without punctuation is a paragraph that lost its marks: it stays.
    let unmarked =
      "the crews kept the ferries running through the storm while the island waited for news "
      + "of the vote and the company counted the cost of every late shift that the new winter "
      + "rota would bring to the harbor in the dark months ahead without any extra pay for them"
    let withUnmarked = [Self.story[0], unmarked, Self.story[1], Self.story[2]]
      .joined(separator: "\n\n")
    #expect(
      try ArticleFixtures.clean(text: withUnmarked).article.blocks.map(\.text).contains(unmarked))

    // A paragraph that a dump broke after a dash goes on in lowercase below it: it stays.
    let broken = "The union said the rota would add four late shifts —"
    let rest = "without extra pay, the union said after the vote on Monday at the quay"
    let wrapped = [Self.story[0], broken, rest, Self.story[2]].joined(separator: "\n\n")
    let joined = try ArticleFixtures.clean(text: wrapped).article.blocks.map(\.text)
    #expect(joined.joined(separator: " ").contains(rest))
  }

  @Test func anImagesTextRightBelowAParagraphGoesButAQuotationsSourceAndAnAnswerStay() throws {
    // lynx prints an image's text in the block of the paragraph it follows, with no blank line
    // between them: capitalised or not, it is no part of the story.
    for image in [
      "Ferry crews waiting on the quay at Kelmouth with the island behind",
      "Crew members on the quay (Ines Okafor / Harbor Times)",
    ] {
      let text =
        [Self.story[0] + "\n" + image, Self.story[1], Self.story[2]].joined(separator: "\n\n")
      let result = try ArticleFixtures.clean(text: text)
      #expect(result.article.blocks.map(\.text) == Self.story, "\(image)")
      #expect(ArticleFixtures.reason(result, line: 2) == "signal:image-text", "\(image)")
    }

    // The source of a quotation, an answer below its question, a line that introduces code and
    // a line with a file's name are not an image's text.
    let quote = "\u{201C}We will not sail on those nights without pay,\u{201D} the union said."
    let question = "What did the crews ask the company for before the vote on Monday?"
    for (paragraph, line) in [
      (quote, "\u{2014} Mara Lind, secretary of the crews' union at Kelmouth"),
      (question, "Two more crews for the winter and the old rota back"),
      (Self.story[1], "Save the new rota into the crew folder as rota.txt"),
    ] {
      let text =
        [Self.story[0], paragraph + "\n" + line, Self.story[2]].joined(separator: "\n\n")
      let blocks = try ArticleFixtures.clean(text: text).article.blocks.map(\.text)
      #expect(blocks.joined(separator: "\n").contains(line), "\(line)")
    }
  }

  @Test func anImagesTextInsideAListsItemGoesButTheItemsStay() throws {
    // A guide sets each step's photo inside the step's item, and lynx prints its text right
    // below the item, with the next item (or a blank line) right under it.
    let steps = [
      "1. Soak the seeds overnight in a bowl of warm water.",
      "2. Wrap the seeds in a damp paper towel and seal the bag.",
      "3. Keep the bag in a warm place for a week!",
    ]
    let images = [
      "Seeds soaking in a glass bowl of warm water on the sill",
      "A damp paper towel folded around the seeds on a board",
    ]
    func page(_ list: String) -> String {
      [Self.story[0], list, Self.story[1], Self.story[2]].joined(separator: "\n\n")
    }
    let plain = try ArticleFixtures.clean(text: page(steps.joined(separator: "\n")))
    let list = [steps[0], images[0], steps[1], steps[2], images[1]].joined(separator: "\n")
    let result = try ArticleFixtures.clean(text: page(list))
    #expect(result.article.blocks.map(\.text) == plain.article.blocks.map(\.text))
    #expect(result.article.blocks.filter { $0.kind == .listItem }.count == steps.count)
    for line in [4, 7] {
      #expect(ArticleFixtures.reason(result, line: line) == "signal:image-text", "\(line)")
    }

    // A line that goes on with more text below it, and a line below a question, are the
    // item's own.
    for (item, line) in [
      (steps[0], "Change the water once in the morning and once at night"),
      (
        "1. What did the crews ask the company for?",
        "Two more crews for the winter and the old rota"
      ),
    ] {
      let text = page([item, line, "before the seeds go in the bag."].joined(separator: "\n"))
      let blocks = try ArticleFixtures.clean(text: text).article.blocks.map(\.text)
      #expect(blocks.joined(separator: "\n").contains(line), "\(line)")
    }
  }

  @Test func aLineBelowAFullLineOfAWrappedDumpStays() throws {
    // A dump wrapped at 80 columns may break an item's last sentence, without its stop, onto
    // the next line: below a line that filled the columns, a capitalised line is that rest.
    let item = "5. Lock the crew room: change the code on the door before the night shift."
    let rest = "Review the list of crew members who hold a key"
    func page(_ paragraphs: [String]) -> String {
      [paragraphs[0], item + "\n" + rest, paragraphs[1], paragraphs[2]]
        .joined(separator: "\n\n")
    }
    let wrapped = try ArticleFixtures.clean(
      text: page(Self.story.map { ArticleFixtures.wrapped($0, width: 72) }))
    #expect(wrapped.article.blocks.map(\.text).joined(separator: "\n").contains(rest))
    // The same lines in a dump that sets a paragraph on one line are an image's text below
    // the item.
    let unwrapped = try ArticleFixtures.clean(text: page(Self.story))
    #expect(!unwrapped.article.blocks.map(\.text).joined(separator: "\n").contains(rest))
    #expect(ArticleFixtures.reason(unwrapped, line: 4) == "signal:image-text")

    #expect(
      TextDumpCleaner.isHardWrapped(
        Self.story.map { ArticleFixtures.wrapped($0, width: 72) }.flatMap {
          $0.split(separator: "\n").map(String.init)
        }))
    #expect(!TextDumpCleaner.isHardWrapped(Self.story))
    // A line with room for the next word, and a lowercase word, are no wrapped sentence's rest.
    #expect(TextDumpCleaner.mayBeWrapped(item, before: rest))
    #expect(!TextDumpCleaner.mayBeWrapped("5. Lock the crew room before the shift.", before: rest))
    #expect(!TextDumpCleaner.mayBeWrapped(item, before: "review the list of crew members"))
  }

  @Test func imageNamesAtALinesEndsGoButNotesMarksStay() throws {
    // w3m prints an image without a text as its file's name cut short in brackets, glued to the
    // text beside it; lynx prints the whole name.
    let text = [
      "[quay-dawn]" + Self.story[0], Self.story[1] + "[DSC_0412-s]",
      "[harbor-qua][ferry-logo]", Self.story[2] + " [winter-rota.jpg]",
    ].joined(separator: "\n\n")
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 5) == "signal:image-name")

    // A note's mark after a caret or a number alone, and a bracket of several words, stay.
    let marked = [
      Self.story[0] + "^[a]", Self.story[1] + "[2]", "[ferry] " + Self.story[2] + " [1 of 3]",
    ]
    let kept = try ArticleFixtures.clean(text: marked.joined(separator: "\n\n"))
    #expect(kept.article.blocks.map(\.text) == [marked[0], marked[1], Self.story[2] + " [1 of 3]"])
  }

  @Test func aTextGivenTwiceWithoutASpaceGoesButAParagraphOpeningTwiceStays() throws {
    // w3m glues an image's text, its title and its caption together.
    let image = "Ferry crews on the quay at dawn"
    for line in [
      image + image, image + image + image, image + "." + image + ". Photo: Ines Okafor",
      "how the rota works: day seven of the strikehow the rota works: day seven",
    ] {
      let text = [Self.story[0], line, Self.story[1], Self.story[2]].joined(separator: "\n\n")
      let result = try ArticleFixtures.clean(text: text)
      #expect(result.article.blocks.map(\.text) == Self.story, "\(line)")
      #expect(ArticleFixtures.reason(result, line: 3) == "signal:doubled-line", "\(line)")
    }

    // A paragraph whose next sentence opens with the same words, or a short name said twice.
    for line in [
      "The vote was close.The vote, the union said after the count, was fair and final.",
      "Kelmouth crews said KelmouthKelmouth crews would wait for the company to call.",
    ] {
      let text = [Self.story[0], line, Self.story[1], Self.story[2]].joined(separator: "\n\n")
      #expect(try ArticleFixtures.clean(text: text).article.blocks.map(\.text).contains(line))
    }
  }

  @Test func aCaptionGivenTwiceGoesButAParagraphOpeningWithANameStays() throws {
    // A text browser dumps a photo's text and its caption one after the other.
    let caption = "Ferry crews wait on the quay at Kelmouth for the result of the vote."
    let twice = [Self.story[0], caption, caption, Self.story[1], Self.story[2]]
    let result = try ArticleFixtures.clean(text: twice.joined(separator: "\n\n"))
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 3) == "signal:doubled-line")
    #expect(ArticleFixtures.reason(result, line: 5) == "signal:doubled-line")

    // Or on one line: the caption twice over, or twice and then its credit.
    let short = "The ferry at the quay."
    let long = "Ferry crews wait on the quay at Kelmouth for the result of the strike vote"
    for line in ["\(short) \(short)", "\(long) \(long) Ines Okafor for the Harbor Times"] {
      let text = [Self.story[0], line, Self.story[1], Self.story[2]].joined(separator: "\n\n")
      let once = try ArticleFixtures.clean(text: text)
      #expect(once.article.blocks.map(\.text) == Self.story)
      #expect(ArticleFixtures.reason(once, line: 3) == "signal:doubled-line")
    }

    // A paragraph that names a company in bold and then again is the story's own.
    let release =
      "Harbor Ferries Ltd Harbor Ferries Ltd runs the tide-powered line between Kelmouth and "
      + "the island, and has done since the line opened."
    let kept = [Self.story[0], release, Self.story[1], Self.story[2]]
    let withRelease = try ArticleFixtures.clean(text: kept.joined(separator: "\n\n"))
    #expect(withRelease.article.blocks.map(\.text) == kept)
  }

  @Test func aShortCaptionGivenTwiceBeforeItsCreditGoes() throws {
    // lynx joins an image's text to its caption: a short sentence twice, then the credit.
    let caption = "The night ferry leaves the Kelmouth quay."
    let line = "\(caption) \(caption) — Photo: Ines Okafor"
    let text = [Self.story[0], line, Self.story[1], Self.story[2]].joined(separator: "\n\n")
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == Self.story)
    #expect(ArticleFixtures.reason(result, line: 3) == "signal:doubled-line")
  }

  @Test func aCaptionThenTheSameCaptionWithItsCreditGoBoth() throws {
    // w3m gives an image's text on one line and its caption with the credit on the next.
    let caption = "Ferry crews wait on the quay at Kelmouth for the result of the vote."
    for credit in ["| Photo: Ines Okafor / Harbor Times", "— Ines Okafor", "Photo: Harbor Trust"] {
      let lines = [Self.story[0], "", caption, "\(caption) \(credit)", "", Self.story[1]]
      let result = try ArticleFixtures.clean(
        text: (lines + ["", Self.story[2]]).joined(separator: "\n"))
      #expect(result.article.blocks.map(\.text) == Self.story, "\(credit)")
      #expect(ArticleFixtures.reason(result, line: 3) == "signal:doubled-line")
      #expect(ArticleFixtures.reason(result, line: 4) == "signal:doubled-line")
    }
  }

  @Test func aParagraphThatGoesOnFromTheLineAboveStays() throws {
    // A sentence that the next paragraph repeats and carries on in lowercase, or with more
    // than a credit's few words, or with a sentence (as the cells of a table comparing two
    // things do), is the story's.
    let opening = "Ferry crews voted on Monday to strike for two days next month."
    for next in [
      "\(opening) and the company said it would talk to the union again.",
      "\(opening) Two crossings a day will run.",
      "\(opening) The company said it would talk to the union again before the first crossing "
        + "of the winter timetable, which begins in the first week of December.",
    ] {
      let lines = [Self.story[0], opening, next, Self.story[1], Self.story[2]]
      let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n"))
      #expect(result.article.blocks.map(\.text) == lines, "\(next)")
    }
  }

  @Test func aSlideshowThatLynxMarksAsCaptionsIsTheArticle() throws {
    // lynx sets "CAPTION: " before a block a page marks up as a caption, here each slide's
    // text above its photo credit: the mark is lynx's, not a caption's label, and the slides
    // are the article.
    let slides = [
      "The new ferry is shorter than the old one by almost ten metres, which lets it turn "
        + "inside the inner harbor without a tug even on a windy morning.",
      "Its batteries charge at the quay overnight and last for the eight crossings of a winter "
        + "day, with enough left over for a rescue run at dusk.",
      "The car deck has room for forty bicycles along the rail, twice as many as before, and a "
        + "ramp that lowers to the pier at any tide.",
    ]
    var lines = ["Harbor Gazette - Five things to know about the new ferry", ""]
    for (number, slide) in slides.enumerated() {
      lines += [
        "   \(number + 1)/3", "   Slide \(number + 1)", "   CAPTION: \(slide)",
        "   Image credit: Harbor Gazette archive", "   Agencies",
      ]
    }
    lines += ["", "   Popular Slideshows", "   Weekend markets", "   © 2026 Harbor Gazette"]
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n"))
    let texts = result.article.blocks.map(\.text)
    for slide in slides {
      #expect(texts.contains(slide), "lost: \(slide)")
    }
    #expect(!result.article.bodyText.contains("CAPTION"))
    #expect(!result.article.bodyText.contains("Weekend markets"))
    #expect(TextDumpCleaner.listItemText("CAPTION: Results by district") == "Results by district")
    #expect(TextDumpCleaner.listItemText("Caption: Jane Doe") == nil)
  }
}
