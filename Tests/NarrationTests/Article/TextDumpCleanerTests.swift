import Foundation
import Testing

@testable import Narration

@Suite struct TextDumpCleanerTests {
  @Test func keepsTheArticleAndDropsThePageAroundIt() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-dump.txt"))
    let body = result.article.bodyText
    #expect(result.article.blocks.first?.text.hasPrefix("The town of Kelmouth launched") == true)
    #expect(
      result.article.blocks.last?.text.hasSuffix("season passes go on sale in January.") == true)
    #expect(result.article.blocks.count == 7)
    for chrome in [
      "Skip to content", "Sign in", "Listen to this article", "(Harbor Authority)",
      "Advertisement", "Latest News", "10:42 AM", "cycle lanes", "mackerel", "MORE NEWS",
      "indicates required", "Subscribe", "All rights reserved",
    ] {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
  }

  @Test func stepsWithAnImageGluedAfterTheirStopStayTheStory() throws {
    // w3m prints an image's name right after the sentence before it ("…golden.[IMG_2041]"):
    // the steps still end their sentences, and are the recipe's, not a list of teasers.
    let intro = [
      "This noodle dish is the one I miss most when I am away from home, and this version "
        + "without meat or eggs comes close to the one from the stall near my school.",
      "The trick is a very hot pan and a sauce mixed before you start, so that nothing waits "
        + "while the noodles cook.",
    ]
    let steps = [
      "Dice the tofu and pat it dry with paper towels, then fry it in hot oil until golden.",
      "Lift out the tofu and drain it on paper towels.",
      "With two spoons of oil left in the pan, fry the garlic until it smells sweet.",
      "Add the yellow noodles and the flat rice noodles and toss them in the oil.",
      "Pour in the sauce and stir fry until every strand is coated.",
      "Add the bean sprouts and the greens, then the tofu, and serve hot with chillies.",
    ]
    var lines = ["Eat Well Tonight", "□ About Me", "□ Recipe Index", "Vegan Fried Noodles"]
    lines += intro + ["Directions"]
    lines.append(
      steps.enumerated().map { "  • \($1)[IMG_20\(41 + $0)-scaled]" }.joined(separator: "\n"))
    lines += [
      "Related", "[IMG_1228-scaled]Chilli Fish Balls", "Leave a Comment",
      "Your email address will not be published. Required fields are marked *",
    ]
    let result = try ArticleFixtures.clean(text: lines.joined(separator: "\n\n") + "\n")
    let texts = result.article.blocks.map(\.text)
    for step in steps {
      #expect(texts.contains { $0.hasPrefix(step) }, "dropped: \(step)")
    }
    #expect(Array(texts.prefix(2)) == intro)
  }

  @Test func blocksRememberTheirSourceLines() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-dump.txt"))
    let blocks = result.article.blocks
    #expect(blocks.map(\.lines.lowerBound) == [17, 19, 23, 25, 27, 29, 31])
    #expect(blocks[3].kind == .heading)
    #expect(blocks[3].text == "How the turbine works")
  }

  @Test func readsHeadlineBylineAndDate() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-dump.txt"))
    #expect(result.article.title == "Harbor town opens a tide-powered ferry line")
    #expect(result.article.byline == "Ines Okafor")
    let expected = DateComponents(
      calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
      year: 2026, month: 12, day: 2
    ).date
    #expect(result.article.published == expected)
  }

  @Test func explainsEveryDroppedLine() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-dump.txt"))
    #expect(ArticleFixtures.reason(result, line: 1) == "rule:skip-link")
    #expect(ArticleFixtures.reason(result, line: 10) == "signal:title")
    #expect(ArticleFixtures.reason(result, line: 11) == "signal:byline")
    #expect(ArticleFixtures.reason(result, line: 12) == "signal:date-line")
    #expect(ArticleFixtures.reason(result, line: 15) == "rule:audio-player")
    #expect(ArticleFixtures.reason(result, line: 21) == "rule:advertisement")
    #expect(ArticleFixtures.reason(result, line: 33)?.hasPrefix("section:") == true)
    #expect(ArticleFixtures.reason(result, line: 35) == "signal:timestamp")
    // Every non-blank line is either in a block or explained.
    let lines = try ArticleFixtures.text("harbor-dump.txt").split(
      separator: "\n", omittingEmptySubsequences: false)
    let kept = Set(result.article.blocks.flatMap { Array($0.lines) })
    let explained = Set(result.dropped.map(\.line))
    for (index, line) in lines.enumerated() where !line.isEmpty {
      #expect(kept.contains(index + 1) != explained.contains(index + 1), "line \(index + 1)")
    }
  }

  @Test func readsTheBundledExample() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../Examples/library-reading-room.txt").standardized
    guard let data = FileManager.default.contents(atPath: url.path) else { return }
    let document = try SourceDocument(name: url.path, data: data)
    let article = try ArticleFixtures.clean(document).article
    #expect(article.title == "Riverside library opens a solar-powered reading room")
    #expect(article.byline == "Mara Lindqvist")
    #expect(article.blocks.count == 6)
  }

  @Test func joinsHardWrappedParagraphs() throws {
    let text = """
      Menu

      The harbor authority said the ferry would run every half hour from
      seven in the morning until ten at night, and more often in summer
      when visitors arrive by train.

      It also said that tickets would be sold on board and online.
      """
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.count == 2)
    #expect(result.article.blocks[0].lines == 3...5)
    #expect(result.article.blocks[0].text.contains("from seven in the morning"))
  }

  @Test func joinsWrappedLinesEndingInAQuoteOrANumberAndALoneLastWord() throws {
    // A dump wrapped at a fixed width breaks lines wherever the width runs out: after an
    // opening quotation mark, after a number, and before the last word of a paragraph.
    let text = """
      Menu

      The harbor master told the council on Tuesday that the old pier was “safe for now”
      but that its timber piles would need to be replaced within the next two
      years.

      The ferry company said it would move its evening crossings to berth 12
      until the work was done, and that the timetable would stay the same for
      everyone.
      """
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.count == 2)
    #expect(result.article.blocks.map(\.lines) == [3...5, 7...9])
    #expect(result.article.blocks[0].text.contains("“safe for now” but that"))
    #expect(result.article.blocks[0].text.hasSuffix("within the next two years."))
    #expect(result.article.blocks[1].text.contains("to berth 12 until the work"))
  }

  @Test func seedPageGivesExactlyTheArticle() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../../shared/seeds/000_6ac269046d865cba.txt").standardized
    guard let data = FileManager.default.contents(atPath: url.path) else { return }
    let result = try ArticleFixtures.clean(try SourceDocument(name: url.path, data: data))
    let blocks = result.article.blocks
    #expect(blocks.first?.text.hasPrefix("Defense Minister Rustem Umerov met with") == true)
    #expect(
      blocks.last?.text.hasSuffix("following his meeting with Stoltenberg on Nov. 29.") == true)
    #expect(blocks.count == 10)
    #expect(blocks.allSatisfy { $0.kind == .paragraph })
    #expect(!result.article.bodyText.contains("News Feed"))
    #expect(result.article.title?.hasPrefix("Defense Minister Rustem Umerov met with NATO") == true)
  }

  /// A dump whose article is cut in two by a related-stories box and a newsletter form.
  static let splitArticle = """
    Home
    World
    Science

    Glacier retreat doubles the size of an Alpine lake in a single summer

    The lake below the Rhone glacier grew faster this year than in any summer on record, \
    according to measurements published by the canton's water office on Monday.
    Surveyors found that the ice front had moved back by almost two hundred metres since June, \
    leaving a basin of meltwater that now reaches the old tourist path to the ice grotto.
    Local guides said the path would stay closed until engineers had checked the moraine \
    that holds the lake back, which had shown small cracks after the August storms.

    Related
    Why glaciers melt from below as well as from above

    Enter your email
    Sign up

    The water office said the lake posed no danger to the villages in the valley for now, \
    because the moraine drains slowly into the river through the gravel beneath it.
    Scientists from the federal institute plan to place pressure sensors in the basin next \
    spring, so that any sudden rise of the water can be seen days before it overflows.
    The canton will pay for the sensors from its flood fund, which was enlarged last year \
    after two smaller lakes in the eastern valleys burst their banks within a month.

    Comments
    I walked that path as a child and it is sad to see the ice go so far back so quickly.
    Does anyone know whether the grotto will open again next summer for the visitors?
    """

  @Test func keepsBothHalvesOfAnArticleCutByARelatedBox() throws {
    let result = try ArticleFixtures.clean(text: Self.splitArticle)
    let body = result.article.bodyText
    #expect(result.article.blocks.count == 6)
    #expect(body.hasPrefix("The lake below the Rhone glacier"))
    #expect(body.contains("the ice front had moved back"))
    #expect(body.contains("drains slowly into the river"))
    #expect(body.hasSuffix("burst their banks within a month."))
    for chrome in [
      "Related", "Why glaciers melt", "Enter your email", "Sign up", "grotto will open",
    ] {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
  }

  @Test func dropsAListOfHeadlinesAfterTheArticle() throws {
    let headlines = (1...8).map { number in
      "Report number \(number) from the valley on the floods and the farmers who lost all of their crops this year"
    }
    let text =
      Self.splitArticle.components(separatedBy: "Comments\n")[0]
      + headlines.joined(separator: "\n\n")
    let body = try ArticleFixtures.clean(text: text).article.bodyText
    #expect(body.hasSuffix("burst their banks within a month."))
    #expect(!body.contains("Report number"))
  }

  @Test func dropsPleasAndBiographiesAtTheEdgesOfTheArticleOnly() throws {
    let text = """
      \(ArticleFixtures.harborLead)
      Work will start in March and take about a year, the council said, and the stalls will be \
      let at the old rents to traders who held a licence before the market closed.
      The council's own newsletter had asked residents last spring which uses they wanted for \
      the building, and a market hall came first by a wide margin in the replies it received.
      The architects plan to keep the iron roof and the clock, which were restored in 1998, and \
      to add solar panels on the sheds along the southern side of the quay.
      Sign up for our free newsletter to get the latest harbor news in your inbox every morning.
      Ines Okafor is a senior reporter at the Harbor Times, where she covers the town council.
      """
    let result = try ArticleFixtures.clean(text: text)
    let body = result.article.bodyText
    #expect(result.article.blocks.count == 4)
    #expect(body.contains("The council's own newsletter had asked residents"))
    #expect(!body.contains("Sign up for our free newsletter"))
    #expect(!body.contains("senior reporter"))
    #expect(ArticleFixtures.reason(result, line: 5) == "rule:edge-promo")
    #expect(ArticleFixtures.reason(result, line: 6) == "rule:author-bio")
  }

  @Test func aCommentsLinkAboveTheBodyDoesNotCutOffItsStart() throws {
    let parts = Self.splitArticle.components(separatedBy: "Related\n")
    let start = parts[0]
    let rest = parts[1].components(separatedBy: "Sign up\n")[1].components(separatedBy: "Comments")
    let text = start + "12 comments\nShare\n\n" + rest[0] + rest[0]
    let body = try ArticleFixtures.clean(text: text).article.bodyText
    #expect(body.hasPrefix("The lake below the Rhone glacier"))
    #expect(body.contains("burst their banks within a month."))
    #expect(!body.contains("12 comments"))
  }

  @Test func keepsTheLastParagraphAfterARelatedBoxAndDropsTheTeaserAfterTheTags() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("related-box-dump.txt"))
    let blocks = result.article.blocks
    #expect(blocks.count == 4)
    #expect(blocks.last?.text.hasPrefix("Fares will stay at the daytime price") == true)
    #expect(blocks.last?.lines == 20...20)
    let body = result.article.bodyText
    for chrome in ["Valley rail line", "Tagged", "Post navigation", "new timetable", "late shifts"]
    {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
    #expect(ArticleFixtures.reason(result, line: 26) == "rule:taxonomy")
    #expect(ArticleFixtures.reason(result, line: 27) == "rule:site-controls")
  }

  @Test func dropsCaptionsAboveAPhotoCredit() throws {
    let text = """
      \(ArticleFixtures.harborLead)

      Fishing boats moored beside the old market hall on the quay at dawn before the vote

      Reuters

      Work will start in March and take about a year, the council said, and the stalls will be \
      let at the old rents to traders who held a licence before the market closed.

      The market hall seen from the harbor wall in the last week before it closed in 2019

      (Image: Ines Okafor)

      The architects plan to keep the iron roof and the clock, which were restored in 1998, and \
      to add solar panels on the sheds along the southern side of the quay.

      A long line without a full stop that is part of the story and is followed by more of it

      The council expects the first traders to move in before the summer season starts in June.
      """
    let result = try ArticleFixtures.clean(text: text)
    let body = result.article.bodyText
    #expect(!body.contains("Fishing boats moored"))
    #expect(!body.contains("seen from the harbor wall"))
    #expect(!body.contains("Reuters"))
    #expect(ArticleFixtures.reason(result, line: 3) == "signal:caption")
    #expect(ArticleFixtures.reason(result, line: 5) == "rule:photo-agency")
    #expect(ArticleFixtures.reason(result, line: 9) == "signal:caption")
    #expect(ArticleFixtures.reason(result, line: 11) == "rule:photo-agency")
    #expect(body.contains("followed by more of it"))
    #expect(result.article.blocks.count == 5)
  }

  @Test func germanBoxesCreditsAndCommentsAreChromeToo() throws {
    let result = try ArticleFixtures.clean(try ArticleFixtures.document("german-dump.txt"))
    let blocks = result.article.blocks
    #expect(blocks.count == 4)
    #expect(blocks.first?.text.hasPrefix("Die Gemeinde Kelmünde hat am Montag") == true)
    #expect(blocks.last?.text.hasPrefix("Die Fahrkarten kosten so viel") == true)
    let body = result.article.bodyText
    for chrome in ["Anzeige", "Neue Radwege", "Rekordsaison", "Foto: dpa", "Teilen", "Endlich"] {
      #expect(!body.contains(chrome), "leaked: \(chrome)")
    }
    #expect(ArticleFixtures.reason(result, line: 17) == "section:related-inline-intl")
    #expect(ArticleFixtures.reason(result, line: 23) == "signal:caption")
    #expect(ArticleFixtures.reason(result, line: 25) == "rule:photo-credit-intl")
    #expect(ArticleFixtures.reason(result, line: 32) == "section:related-section-intl")
  }

  /// A dump whose article introduces a list that the copy gave without bullets.
  static func listArticle(introduction: String, items: [String]) -> String {
    """
    Home
    Travel

    The harbor authority published the ferry's winter timetable on Monday, with fewer \
    crossings in the early morning and a new late boat on Fridays and Saturdays for visitors.
    Passengers will also be able to bring larger items on board from January, after the \
    council approved a change to the rules that had been asked for by the fishing families.

    \(introduction)

    \(items.joined(separator: "\n\n"))

    Share
    Comments
    """
  }

  @Test func keepsTheShortLinesThatAColonIntroducesAsAList() throws {
    let items = [
      "Bicycles and cargo bikes", "Surfboards up to three metres", "Small fishing boxes",
    ]
    let text = Self.listArticle(
      introduction: "Under the new rules, passengers may bring the following on board:",
      items: items)
    let result = try ArticleFixtures.clean(text: text)
    let listed = result.article.blocks.filter { $0.kind == .listItem }.map(\.text)
    #expect(listed == items)
    #expect(!result.article.bodyText.contains("Share"))
  }

  @Test func aPleaOrAMenuAfterAColonIsNoList() throws {
    let teasers = [
      "Ferry fares rise for the first time in a decade", "New cycle lanes on the coast",
    ]
    let plea = try ArticleFixtures.clean(
      text: Self.listArticle(introduction: "You may also like these stories:", items: teasers))
    #expect(!plea.article.bodyText.contains("Ferry fares rise"))
    let menu = (1...14).map { "Section number \($0) of the site" }
    let long = try ArticleFixtures.clean(
      text: Self.listArticle(introduction: "The new timetable covers these crossings:", items: menu)
    )
    #expect(!long.article.bodyText.contains("Section number"))
  }

  @Test func theArticleEndsAtItsTagsAndAtACommentHeadingThatNamesIt() throws {
    let text = """
      \(ArticleFixtures.harborLead)
      Work will start in March and take about a year, the council said, and the stalls will be \
      let at the old rents to traders who held a licence before the market closed.

      Tags: harbor, market, council

      Ines Okafor has reported on the harbor towns of the coast for twenty years and more, from \
      the fish auctions at dawn to the council meetings that run long into the night.

      3 responses to “Harbor council votes to rebuild the old fish market”

      Mara Lindqvist says:
      I bought my first crab at that market as a child and I am so glad that it will come back.
      """
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.count == 2)
    #expect(result.article.bodyText.hasSuffix("before the market closed."))
    #expect(ArticleFixtures.reason(result, line: 4) == "section:tags-section")
    #expect(ArticleFixtures.reason(result, line: 8) == "section:comments-heading")
  }

  @Test func aShortLineAboveANumberedListIsItsHeading() throws {
    let text = """
      \(ArticleFixtures.harborLead)

      The three plans the council weighed

      1. A covered hall with stalls for the fishing families and farmers of the valley.

      2. A car park with a small kiosk beside the ferry pier for the summer visitors.

      3. Flats above a row of shops, which the traders opposed at every meeting this year.

      Work will start in March and take about a year, the council said, and the stalls will be \
      let at the old rents to traders who held a licence before the market closed.
      """
    let blocks = try ArticleFixtures.clean(text: text).article.blocks
    #expect(
      blocks.map(\.kind) == [.paragraph, .heading, .listItem, .listItem, .listItem, .paragraph])
    #expect(blocks[1].text == "The three plans the council weighed")
  }

  @Test func aLongClosingPleaToFollowThePublisherIsDropped() throws {
    let text = """
      \(ArticleFixtures.harborLead)
      Work will start in March and take about a year, the council said, and the stalls will be \
      let at the old rents to traders who held a licence before the market closed.
      The architects plan to keep the iron roof and the clock, which were restored in 1998, and \
      to add solar panels on the sheds along the southern side of the quay.
      The council expects the first traders to move in before the summer season starts in June.
      A public meeting on the plans will be held in the old market hall on the first of February.
      Follow The Harbor Courier on Twitter and Instagram @harborcourier and on Facebook \
      @harborcourierdaily. Send us a message on WhatsApp at 555-0100 or email us at \
      newsdesk@harborcourier.example or editors@harborcourier.example with your tips.
      """
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.count == 5)
    #expect(ArticleFixtures.reason(result, line: 6) == "rule:edge-follow")
  }

  @Test func theStandfirstBetweenHeadlineAndBylineOpensTheBody() throws {
    let text = """
      Home
      News
      Sport
      Harbor council backs a covered fish market
      The vote ends ten years of argument over the quay and keeps the fishing families in town
      By Jane Marlow
      March 3, 2024
      \(ArticleFixtures.harborLead)
      Work will start in March and take about a year, the council said, and the stalls will be \
      let at the old rents to traders who held a licence before the market closed.
      The architects plan to keep the iron roof and the clock, which were restored in 1998, and \
      to add solar panels on the sheds along the southern side of the quay.
      """
    let result = try ArticleFixtures.clean(text: text)
    let blocks = result.article.blocks
    #expect(blocks.count == 4)
    #expect(blocks.first?.text.hasPrefix("The vote ends ten years") == true)
    #expect(blocks.first?.lines == 5...5)
    #expect(result.article.title == "Harbor council backs a covered fish market")
    #expect(result.article.byline == "Jane Marlow")
  }

  @Test func aStandfirstUnderAHeadlineTooLongForAHeadingOpensTheBody() throws {
    let headline =
      "Harbor council backs a covered fish market after ten years of argument over the future "
      + "of the old quay"
    let standfirst =
      "\"We wanted a hall that the fishing families could afford, and this is it,\" the council "
      + "leader said."
    let text = """
      Home

      News

      \(headline)

      \(standfirst)

      By Jane Marlow

      March 3, 2024

      Advertisement

      Save

      Tweet

      Email

      \(ArticleFixtures.harborLead)

      Work will start in March and take about a year, the council said, and the stalls will be \
      let at the old rents to traders who held a licence before the market closed.
      """
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text).first == standfirst)
    #expect(result.article.blocks.count == 3)
    #expect(ArticleFixtures.reason(result, line: 5) == "signal:outside-article")
    #expect(result.article.byline == "Jane Marlow")
  }

  @Test func aWholeStoryOnOneLineWithoutAFullStopIsNoHeadlineList() throws {
    // A story pasted as one line whose last sentence lost its full stop, under a summary and a
    // photo caption without one either: three such lines in a row look like a list of
    // teasers, but no teaser runs to a hundred words and more.
    let story =
      (ArticleFixtures.ferryStory + [ArticleFixtures.harborLead] + ArticleFixtures.ferryStory)
      .joined(separator: " ") + " The union will meet the company again on Friday, its "
      + "secretary said on the quay after the vote"
    #expect(story.split(separator: " ").count > TextDumpCleaner.maximumTeaserWords)
    let text = """
      Ferry crews vote to strike

      Two days without the late crossings next month as crews and the company fail to agree \
      on the winter rota

      The last ferry of the evening leaves Kelmouth for the island on a calm night in November \
      with the lights of the harbor behind it

      \(story)
      """
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.last?.text == story)
  }

  @Test func rulesJudgeTheItemsOfATextBrowsersListsWithoutTheirMarkers() throws {
    // lynx marks nested items with "+", w3m with "□": a button in a list is still a button.
    let story = ArticleFixtures.ferryStory
    let text = [
      "Ferry crews vote to strike", story[0], "   * Advertisement", story[1], "     + Share",
      "     □ Reply", story[2],
    ].joined(separator: "\n\n")
    let result = try ArticleFixtures.clean(text: text)
    #expect(result.article.blocks.map(\.text) == story)
    #expect(ArticleFixtures.reason(result, line: 5) == "rule:advertisement")
    #expect(ArticleFixtures.reason(result, line: 9) == "rule:share-buttons")
    #expect(ArticleFixtures.reason(result, line: 11) == "rule:share-buttons")
  }

  @Test func aShortPostBeatsAFooterOfWhatTheSiteSaysOfItself() throws {
    // A text browser's dump (no title line) of a one-paragraph post above a long footer.
    let footer = [
      "Read the house rules, which you accept by using this website, on our rules page.",
      "We are a participant in the Amazon Services LLC Associates Program, an affiliate "
        + "advertising program that lets sites earn fees by linking to Amazon.com and its "
        + "affiliated sites.",
      "The Harbor Courier uses cookies and analytics trackers and is supported by advertising "
        + "and affiliate links; read what we do with the data we gather in our privacy notice.",
      "The Harbor Courier is written by volunteers on the island and printed every Friday.",
    ]
    let text =
      ["Home", "News", "Ferry crews vote to strike", ArticleFixtures.ferryStory[0], "Share"]
      + footer
    let result = try ArticleFixtures.clean(text: text.joined(separator: "\n\n"))
    #expect(result.article.bodyText == ArticleFixtures.ferryStory[0])
    #expect(ArticleFixtures.reason(result, line: 13) == "rule:site-terms")
  }
}
