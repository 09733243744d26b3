import Testing

@testable import Narration

@Suite struct BodySelectorTests {
  /// A line for the selector: a paragraph of prose with its score, a short chrome line, or the
  /// label of a box that pages place inside articles ("Related").
  enum Line {
    case prose(Double)
    case short
    case box
    /// Chrome that a rule recognised, such as a photo credit.
    case credit
    /// The label of what follows an article, such as "Comments".
    case end
  }

  static func select(_ lines: [Line], headline: Int? = nil, closing: Set<Int> = [])
    -> [Range<Int>]
  {
    BodySelector(
      scores: lines.map { line in
        switch line {
        case .prose(let score): return score
        case .short: return -2
        case .box: return -20
        case .credit: return -3
        case .end: return -20
        }
      },
      barriers: lines.map { line in
        switch line {
        case .box: return .interrupting
        case .end: return .ending
        default: return .none
        }
      },
      bodyLike: lines.map { line in
        if case .prose = line { return true }
        return false
      },
      prose: lines.map { line in
        if case .prose = line { return true }
        return false
      },
      recognised: lines.map { line in
        if case .credit = line { return true }
        return false
      },
      headline: headline, closing: closing
    ).select()
  }

  @Test func aShortStoryUnderItsHeadlineWinsOverALongerThreadPastTheCommentsLabel() {
    let header: [Line] = [.short, .short, .short]
    let story: [Line] = [.prose(40), .short]
    let thread = [Line.end, .short] + Array(repeating: Line.prose(30), count: 4)
    #expect(Self.select(header + story + thread, headline: 2) == [3..<4])
    // Without a headline, or with no label before the thread, the larger total wins.
    #expect(Self.select(header + story + thread) == [7..<11])
    let unlabelled =
      Array(repeating: Line.short, count: 20) + Array(repeating: .prose(30), count: 4)
    #expect(Self.select(header + story + unlabelled, headline: 2) == [25..<29])
    // A story far below the headline is no better placed than the thread.
    let far = Array(repeating: Line.short, count: 40)
    #expect(Self.select(header + far + story + thread, headline: 2) == [47..<51])
  }

  @Test func withoutAHeadlineALabelThatClosesStoriesPlacesTheStory() {
    let menu = Array(repeating: Line.short, count: 40)
    let story: [Line] = [.prose(40), .prose(20), .short]
    let thread = [Line.end, .short] + Array(repeating: Line.prose(30), count: 4)
    // A comment section's label closes the story wherever the story starts.
    #expect(Self.select(menu + story + thread, closing: [43]) == [40..<42])
    // Past some other label that ends stories the thread is the body (the story above joins
    // it, as the label may be a link in its header); a story too small beside it is left out.
    #expect(Self.select(menu + story + thread) == [40..<42, 45..<49])
    let lone: [Line] = [.prose(9), .prose(2), .short]
    #expect(Self.select(menu + lone + thread, closing: [43]) == [45..<49])
  }

  @Test func aClosingLabelPlacesTheStoryWhenTheHeadlineIsFarAboveIt() {
    // The first line repeating the page's title is a link in a list far above the story: the
    // story is not under it, but the label that closes stories still places the story before
    // it.
    let list = [Line.short] + Array(repeating: Line.short, count: 40)
    let story: [Line] = [.prose(40), .prose(20), .short]
    let after = [Line.end, .short] + Array(repeating: Line.prose(30), count: 4)
    #expect(Self.select(list + story + after, headline: 0, closing: [44]) == [41..<43])
    // A closing label within reach of the headline is a link in the story's header ("74
    // comments"): the story below it stays the body, and nothing above the headline is.
    let cookie = [Line.prose(40), .prose(40)] + Array(repeating: Line.short, count: 20)
    let header: [Line] = [.short, .end, .short]
    let body = Array(repeating: Line.prose(30), count: 4)
    #expect(Self.select(cookie + header + body, headline: 22, closing: [23]) == [25..<29])
  }

  @Test func paragraphsNextToTheBodyAreKeptWhenChromeFurtherOutOutweighsThem() {
    // Far above the body, a few paragraphs among many short lines (a live blog's tickers): the
    // whole stretch is mostly chrome, but the two paragraphs just above the box still belong.
    let lines: [Line] =
      [.prose(40), .short, .short, .short, .prose(40), .short, .short, .short, .prose(40), .short]
      + [.prose(30), .prose(30), .box, .short] + Array(repeating: .prose(50), count: 7)
    #expect(Self.select(lines) == [8..<12, 14..<21])
  }

  @Test func paragraphsBeyondALoneParagraphAmongChromeStillJoinTheBody() {
    // Above a box: three paragraphs, four short lines, then one paragraph just above the box.
    // The run from that paragraph is half chrome; the three paragraphs on their own are body.
    let above: [Line] =
      [.short, .short, .prose(20), .prose(20), .prose(20)] + Array(repeating: .short, count: 4)
      + [.prose(20), .short, .box]
    let body = Array(repeating: Line.prose(50), count: 5)
    #expect(Self.select(above + body) == [2..<5, 12..<17])
    // Below the body, paragraphs past a label that ends the article never join it.
    #expect(Self.select(body + [.end, .prose(40), .prose(40)]) == [0..<5])
    #expect(Self.select(body + [.short, .end, .prose(40), .prose(40)]) == [0..<5])
  }

  @Test func oneParagraphAfterABoxOfLinksContinuesTheArticle() {
    let body = Array(repeating: Line.prose(50), count: 5)
    let after: [Line] = [.short, .short, .short, .prose(25), .short, .short]
    #expect(Self.select(body + [.box] + after) == [0..<5, 9..<10])
    // A short paragraph after the box (a teaser's blurb) is not enough.
    let teaser: [Line] = [.short, .short, .short, .prose(12), .short, .short]
    #expect(Self.select(body + [.box] + teaser) == [0..<5])
  }

  @Test func recognisedChromeDoesNotMakeAPartLookLikeATeaserList() {
    // Two paragraphs with a caption and its credit between them: two of three lines read as
    // body once the credit, which a rule recognised, is left out of the share.
    let body = Array(repeating: Line.prose(50), count: 5)
    let after: [Line] = [.short, .short, .prose(25), .short, .credit, .prose(22), .short]
    #expect(Self.select(body + [.box] + after) == [0..<5, 8..<12])
    let unrecognised: [Line] = [.short, .short, .prose(25), .short, .short, .prose(22), .short]
    #expect(Self.select(body + [.box] + unrecognised) == [0..<5, 8..<9])
  }
}
