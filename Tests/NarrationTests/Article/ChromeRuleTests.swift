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

  @Test func linksToOtherStoriesUnderTheirLabelsAreChrome() {
    for line in [
      "ALSO READ: Harbor fares rise again for the winter", "MORE: Ferry strike called off",
      "Read: The island school reopens after the storm", "More:Who will run the harbor board?",
      "Must read | Ten walks along the estuary",
    ] {
      #expect(matcher.lineRule(line) == "inline-related", "\(line)")
    }
    #expect(matcher.lineRule("More than 200 traders signed the letter to the council.") == nil)
    #expect(matcher.lineRule("Read the full report on the council's website.") == nil)
  }

  @Test func linksUnderALabelGluedToThemOrInAnotherLanguageAreChrome() {
    #expect(matcher.lineRule("See alsoFerry fares rise again for the winter") == "inline-related")
    #expect(matcher.lineRule("See also the ferry timetable on the council's website.") == nil)
    for line in [
      "Mehr zum ThemaFährpreise steigen wieder", "Lesen Sie auch: Die Fähre fährt wieder",
      "À lire aussiLe port rouvre ses quais", "Noticias relacionadasEl puerto reabre",
      "Czytaj takżeProm znowu kursuje",
    ] {
      #expect(matcher.lineRule(line) == "inline-related-intl", "\(line)")
    }
    #expect(matcher.lineRule("Lire aussi les notes du conseil, dit le maire.") == nil)
  }

  @Test func postNavigationAgencyStandardsAndAdLabelsAreChrome() {
    #expect(
      matcher.lineRule(
        "Previous Post: Ferry fares rise again Next Post: Island school gets a new boat")
        == "post-navigation")
    #expect(matcher.lineRule("Next article") == "post-navigation")
    #expect(matcher.lineRule("Next week the council will vote on the plan.") == nil)
    #expect(
      matcher.lineRule("Our Standards: The Thomson Reuters Trust Principles.")
        == "agency-standards")
    // The sign-off above it is the story's.
    #expect(matcher.lineRule("Reporting by Ines Okafor; Editing by Tomas Reed") == nil)
    #expect(matcher.lineRule("- ADVERTISEMENT -") == "advertisement")
    #expect(matcher.lineRule("Advertisement · Scroll to continue") == "advertisement")
    #expect(matcher.lineRule("REKLAMA") == "chrome-intl")
  }

  @Test func audioPlayersFormsAndScreenReaderCreditsAreChrome() {
    #expect(matcher.lineRule("Listen to this article · 6 min") == "audio-player")
    #expect(
      matcher.lineRule("This audio is created with AI assistance (BUTTON) Play") == "audio-player")
    #expect(matcher.lineRule("____________________ (BUTTON) Sign up!") == "text-browser-form")
    // The cleaner sees a line with its runs of spaces made one.
    #expect(matcher.lineRule("[ ][Subscribe]") == "text-browser-form")
    #expect(
      matcher.lineRule("(BUTTON) Share (BUTTON) Save (BUTTON) Comments (48)")
        == "text-browser-button")
    #expect(matcher.lineRule("after newsletter promotion") == "newsletter-form")
    #expect(
      matcher.lineRule(
        "The Tide Table is a reader-supported publication. To receive new posts and support my "
          + "work, consider becoming a free or paid subscriber.") == "subscriber-plea")
    #expect(matcher.lineRule("Image source, Harbor Trust") == "image-source")
    #expect(
      matcher.lineRule("Image caption, The ferry leaves the quay at dawn") == "image-source")
    #expect(matcher.lineRule("The image source was a ferry passenger's phone.") == nil)
    #expect(
      matcher.lineRule("The ferry leaves the quay at dawn on May 2. (Ines Okafor / Harbor Times)")
        == "photo-credit-names")
    #expect(
      matcher.lineRule("Fares rose by a tenth (the council / the company split the cost).")
        == nil)
  }

  @Test func theLinesAroundAnEmbeddedInstagramPostAreChrome() {
    #expect(matcher.lineRule("View this post on Instagram") == "social-embed")
    #expect(
      matcher.lineRule(
        "A post shared by Kelmouth Ferries (@kelmouth.ferries) on Jan 5, 2026 at 9:24am PST")
        == "social-embed")
    #expect(matcher.lineRule("A post shared by the mayor on Facebook drew 200 comments.") == nil)
  }

  @Test func photoCreditsOnTheirOwnLineMarkTheCaptionAbove() {
    for credit in ["Reuters", "AP", "PA Wire", "Getty Images", "(Image: Ines Okafor)"] {
      let id = matcher.lineRule(credit)
      #expect(id != nil, "\(credit)")
      #expect(id.map { matcher.captionMarkers.contains($0) } == true, "\(credit)")
    }
    #expect(matcher.lineRule("Reuters reported the sale on Monday.") == nil)
  }

  @Test func aWebAddressAloneOnALineIsASourceCredit() {
    #expect(matcher.lineRule("HARBORCOURIER.COM") == "source-address")
    #expect(matcher.lineRule("www.harbor-courier.co.uk") == "source-address")
    #expect(matcher.lineRule("Read the timetable at harborcourier.com.") == nil)
    #expect(matcher.lineRule("Node.js") == nil)
  }

  @Test func framesAndImagesAsTextBrowsersDumpThemAreChrome() {
    #expect(
      matcher.lineRule("IFRAME: https://video.harbor-courier.example/embed/4411?start=14")
        == "text-browser-embed")
    #expect(matcher.lineRule("[harbor-quay-1024x683.jpg?w=970]") == "text-browser-image")
    #expect(matcher.lineRule("[harbor-qua]") == "text-browser-image")
    #expect(matcher.lineRule("[Updated at 5 p.m. with the council's vote.]") == nil)
    #expect(matcher.lineRule("Iframe: the element that embeds one page in another") == nil)
  }

  @Test func newsletterBoxesAndBrowserNoticesAreChrome() {
    #expect(matcher.lineRule("The Harbor Courier Newsletter") == "newsletter-form")
    #expect(
      matcher.lineRule("Sign up to get the best stories of the week, picked by our editors.")
        == "newsletter-form")
    #expect(
      matcher.lineRule("The council sent a newsletter to every household on the quay.") == nil)
    #expect(
      matcher.lineRule(
        "You are using a browser version with limited support for CSS. To obtain the best "
          + "experience, we recommend you use a more up to date browser.") == "browser-notice")
    #expect(
      matcher.lineRule("The new app works in any browser, the harbor authority said.") == nil)
  }

  @Test func adBlockerPleasAndTheirStepsAreChrome() {
    #expect(matcher.lineRule("We see you are using an ad blocker.") == "adblock-notice")
    #expect(
      matcher.lineRule("Please turn off your ad-blocker to keep reading the Harbor Courier.")
        == "adblock-notice")
    #expect(
      matcher.lineRule("Press the AdBlock icon in your toolbar and choose to pause it here.")
        == "adblock-notice")
    #expect(
      matcher.lineRule("The council will block the road to the ferry while the quay is rebuilt.")
        == nil)
  }

  @Test func whatASiteSaysOfItselfInItsFooterIsChrome() {
    #expect(
      matcher.lineRule("By using this website you accept the Harbor Courier's rules and policies.")
        == "site-terms")
    #expect(
      matcher.lineRule(
        "As an Amazon Associate the Harbor Courier earns from qualifying purchases.")
        == "site-terms")
    #expect(
      matcher.lineRule("The Harbor Courier uses cookies and trackers to count its readers.")
        == "site-terms")
    #expect(
      matcher.lineRule("By using this ferry twice a day, islanders save an hour of driving.")
        == nil)
  }

  @Test func cookieNoticesInOtherLanguagesAreChrome() {
    for line in [
      "Nous utilisons des cookies pour mesurer l’audience du site.",
      "Wir verwenden Cookies, um Inhalte zu personalisieren.",
      "Utilizamos cookies propias y de terceros para mejorar el servicio.",
      "Utilizziamo i cookie per migliorare la tua esperienza.",
      "Wij gebruiken cookies om de site te verbeteren.",
    ] {
      #expect(matcher.lineRule(line) == "cookie-banner", "\(line)")
    }
    #expect(matcher.lineRule("La boulangerie vend des cookies au chocolat le dimanche.") == nil)
  }

  @Test func notesAboutTheWriterInOtherLanguagesAreEdgeChrome() {
    for line in [
      "Lucía Ferrer es periodista de la Gaceta del Puerto, especializada en transporte.",
      "Jonas Reuter ist Redakteur im Ressort Politik.",
      "Élodie Marchal est journaliste au service économie.",
      "Chiara Conti è giornalista e scrive di scienza.",
    ] {
      #expect(matcher.edgeRule(line) == "author-bio-intl", "\(line)")
    }
    #expect(matcher.edgeRule("El puerto es el mayor de la región desde 1990.") == nil)
    #expect(matcher.edgeRule("La alcaldesa es periodista de formación, dijo su portavoz.") == nil)
  }

  @Test func anEdgeRuleIsTriedOnlyOnParagraphsWithOneOfItsKeywords() throws {
    let yaml = """
      rules:
        - id: crew-note
          scope: edge
          keywords: [skipper, "#"]
          pattern: '.* (sails|sailed) .*'
          note: a test rule
        - id: any-note
          scope: edge
          pattern: '.* rowed .*'
          note: a test rule without keywords
      """
    let matcher = RuleMatcher(try CleaningRules.parse(yaml: yaml, name: "r"))
    // The pattern matches all three; the keyword (in any case, or any number) lets it be tried.
    #expect(matcher.edgeRule("The Skipper sails the night ferry every week.") == "crew-note")
    #expect(matcher.edgeRule("She sailed in 1998 and never came back.") == "crew-note")
    #expect(matcher.edgeRule("The mate sails the night ferry every week.") == nil)
    // A rule without keywords is tried on every paragraph.
    #expect(matcher.edgeRule("The mate rowed the night ferry every week.") == "any-note")
  }

  @Test func shareBarsGluedIntoOneWordAreChrome() {
    for line in [
      "FacebookXWhatsAppE-Mail", "facebooktwitterflipboardwhatsapp",
      "Share on FacebookShare on XEmailPrint", "ShareTweet", "Twitter Facebook Pinterest Print",
    ] {
      #expect(matcher.lineRule(line) == "share-bar-glued", "\(line)")
    }
    #expect(matcher.lineRule("Facebook shares fell") == nil)
    #expect(matcher.lineRule("Print editions will end in May.") == nil)
  }

  @Test func aRelatedLinkGluedToItsLabelIsChrome() {
    #expect(
      matcher.lineRule("RelatedCity unveils plan for 40 miles of new bike lanes") == "related-glued"
    )
    #expect(
      matcher.lineRule("Related“We left the island”: a ferryman's last crossing") == "related-glued"
    )
    #expect(matcher.lineRule("Relatedly, the council cut the ferry's subsidy.") == nil)
    #expect(matcher.lineRule("Related costs rose by a third.") == nil)
  }

  @Test func aBoxOfLinksToOtherSitesIsChrome() {
    #expect(matcher.sectionRule("Related internet links") == "related-inline")
    #expect(
      matcher.lineRule("The Harbor Times is not responsible for the content of external sites.")
        == "site-terms")
    #expect(matcher.lineRule("The council is not responsible for the ferry's timetable.") == nil)
  }

  @Test func theOlderScreenReaderLabelsOfPhotosAndVideosAreChrome() {
    for line in [
      "Image copyright Harbor Trust Image caption Crowds on the quay wait for the first crossing",
      "Media captionHow the new ferry was built in a Kelmouth yard", "Image caption",
      "Image copyright", "Image copyright Harbor Trust", "Media caption",
    ] {
      #expect(matcher.lineRule(line) == "image-caption-label", "\(line)")
    }
    #expect(matcher.lineRule("Image captions are written by the desk editors.") == nil)
    #expect(matcher.lineRule("Image copyright law was changed in 2019.") == nil)
  }

  @Test func aListLabelWithTheSitesNameInsideIsASection() {
    #expect(matcher.sectionRule("More Great Harbor Times Stories") == "related-section")
    #expect(matcher.sectionRule("More Kelmouth ferry stories") == "related-section")
    #expect(matcher.sectionRule("More than 300 stories") == nil)
    #expect(matcher.sectionRule("More crews, fewer stories.") == nil)
  }
}
