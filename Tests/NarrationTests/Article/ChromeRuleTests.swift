import Testing

@testable import Narration

/// The bundled line rules on chrome that news dumps put inside or next to the article.
@Suite struct ChromeRuleTests {
  let matcher: RuleMatcher

  init() throws {
    matcher = RuleMatcher(try CleaningRules.bundled())
  }

  @Test func paywallPleasAreChromeButStoriesAboutSubscriptionsAreNot() {
    #expect(
      matcher.lineRule("To view the full story, please subscribe to The Harbor Courier.")
        == "paywall")
    #expect(matcher.lineRule("Please log in to read the rest of this article.") == "paywall")
    #expect(
      matcher.lineRule("To read the report, the council set up a reading room in the library.")
        == nil)
  }

  @Test func followPleasWithSeveralNetworksAreChrome() {
    #expect(
      matcher.lineRule(
        "Follow The Harbor Courier on Twitter and Instagram @harborcourier and on Facebook.")
        == "follow-us")
    #expect(matcher.lineRule("Follow the ferry on its way across the estuary.") == nil)
  }

  @Test func disclosureLinksTagListsAndPostNavigationAreChrome() {
    #expect(matcher.lineRule("Advertising Disclosure") == "advertisement")
    #expect(matcher.lineRule("Affiliate disclosure") == "advertisement")
    #expect(matcher.lineRule("Tagged ferries, harbor, tides") == "taxonomy")
    #expect(matcher.lineRule("Tagged as a danger to shipping, the wreck was removed.") == nil)
    #expect(matcher.lineRule("Post navigation") == "site-controls")
  }

  @Test func photoCreditsOnTheirOwnLineMarkTheCaptionAbove() {
    for credit in ["Reuters", "AP", "PA Wire", "Getty Images", "(Image: Ines Okafor)"] {
      let id = matcher.lineRule(credit)
      #expect(id != nil, "\(credit)")
      #expect(id.map { matcher.captionMarkers.contains($0) } == true, "\(credit)")
    }
    #expect(matcher.lineRule("Reuters reported the sale on Monday.") == nil)
  }
}
