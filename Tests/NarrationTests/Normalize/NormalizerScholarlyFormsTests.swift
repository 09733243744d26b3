import Testing

@testable import Narration

// Short forms that history, travel and reference text prints and a newsreader says in full:
// centuries, manuscripts, liters, compass points after degrees, aircraft variants and rulers.
// The sentences are invented for these tests.

@Test(arguments: [
  (
    "The chapel dates from the 4th c. BC, they say.",
    "The chapel dates from the fourth century B C, they say."
  ),
  (
    "Its walls are of the 11th cent. and later.", "Its walls are of the eleventh century and later."
  ),
  (
    "A mill stood here in the 2nd c. The mill burned.",
    "A mill stood here in the second century. The mill burned."
  ),
  // A plain number before "c." is a count of cups, and "c." before a number is "circa".
  ("Stir in 3 c. flour slowly.", "Stir in three c. flour slowly."),
  ("The wall went up c. 410 AD.", "The wall went up circa four ten A.D."),
])
func centuriesAfterAnOrdinal(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The hymn is copied in MS. Ashby 17 only.",
    "The hymn is copied in manuscript Ashby seventeen only."
  ),
  ("She dated MS. 312 to the spring.", "She dated manuscript three hundred twelve to the spring."),
  ("Few MSS. of the sermon are known.", "Few manuscripts of the sermon are known."),
  ("The MSS. were bound together.", "The manuscripts were bound together."),
  // The illness, without a name or number after it, and a title in a line of capitals stay.
  ("My aunt lives with MS. She paints.", "My aunt lives with M S. She paints."),
  ("MS. WARDELL WINS AGAIN", "Miz WARDELL WINS AGAIN"),
])
func manuscriptsByTheirPeriod(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Pour in 3 l. of cold milk.", "Pour in three liters of cold milk."),
  ("The jug holds 1 l. of cider.", "The jug holds one liter of cider."),
  ("It took 2.5 l. of paint.", "It took two point five liters of paint."),
])
func litersWithTheirPeriod(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The living brought him 300 l. a year.", "The living brought him three hundred pounds a year."),
  ("A bond of 7 l. was forfeit.", "A bond of seven pounds was forfeit."),
  (
    "The horse fetched 12 l. 10s. at the fair.",
    "The horse fetched twelve pounds ten shillings at the fair."
  ),
])
func spacedPoundsInOldBooks(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The reef runs 35° NE from the point.",
    "The reef runs thirty five degrees northeast from the point."
  ),
  ("We steered 12° S.W. until dark.", "We steered twelve degrees southwest until dark."),
  (
    "The buoy lies 8° N.N.E. of the rock.",
    "The buoy lies eight degrees north northeast of the rock."
  ),
  (
    "The pass is at 46° 15′ S.E. of town.",
    "The pass is at forty six degrees fifteen minutes southeast of town."
  ),
  // Letters that are no compass point stay.
  ("The dial read 40° NEW stock.", "The dial read forty degrees NEW stock."),
])
func compassPointsAfterDegrees(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The carrier retired its 757-300s early.",
    "The carrier retired its seven fifty seven three hundreds early."
  ),
  ("Two 767-400s sat on the apron.", "Two seven sixty seven four hundreds sat on the apron."),
  ("A 727-900ER taxied out.", "A seven twenty seven nine hundred E R taxied out."),
  // Without such a sign it is a range, and volts after it make it one.
  ("The room seats 150-300 guests.", "The room seats one hundred fifty to three hundred guests."),
  ("Aim for 245-300 words.", "Aim for two hundred forty five to three hundred words."),
  ("It takes 115-230V input.", "It takes one hundred fifteen to two hundred thirty volts input."),
])
func aircraftVariantsAboveTheirModel(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("They say Queen Mary I never smiled.", "They say Queen Mary the first never smiled."),
  ("Under King Edward I only barons sat.", "Under King Edward the first only barons sat."),
  // A second ruler's numeral joined to the first's.
  (
    "The hall dates from Edward III and IV.", "The hall dates from Edward the third and the fourth."
  ),
  (
    "Coins of Louis XV or XVI turned up.",
    "Coins of Louis the fifteenth or the sixteenth turned up."
  ),
  // The pronoun after a name stays the pronoun.
  ("I told Queen Mary I would write.", "I told Queen Mary I would write."),
  ("When Edward III and I spoke, he smiled.", "When Edward the third and I spoke, he smiled."),
])
func rulersAfterTheirTitle(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Monday.—Wind S.W.; heavy seas all day.", "Monday. Wind southwest; heavy seas all day."),
  ("The gale veered to W.N.W. by dusk.", "The gale veered to west northwest by dusk."),
  (
    "They camped in the N.E. corner of the field.",
    "They camped in the northeast corner of the field."
  ),
  (
    "At dawn the wind was N.E. The boats put out.",
    "At dawn the wind was northeast. The boats put out."
  ),
  // Initials before a name stay letters.
  ("A novel by N.E. Carrow sold well.", "A novel by N E Carrow sold well."),
])
func dottedCompassPoints(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The brig lay in 38° 10′ lat. and 12° 5′ long. at noon.",
    "The brig lay in thirty eight degrees ten minutes latitude and twelve degrees five minutes longitude at noon."
  ),
  (
    "We stood in 51° 2′ N. lat. for a week.",
    "We stood in fifty one degrees two minutes north latitude for a week."
  ),
  // Feet are no degrees.
  ("The skiff was 14' long.", "The skiff was fourteen' long."),
])
func latitudeAndLongitudeAfterTheirDegrees(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The tale fills chapters ii. to vii. of the book.",
    "The tale fills chapters two to seven of the book."
  ),
  ("See parts xii and xiii for the maps.", "See parts twelve and thirteen for the maps."),
  ("Read Chapters IV to VI aloud.", "Read Chapters four to six aloud."),
  ("Books III and IV are lost.", "Books three and four are lost."),
  ("She owned nine vols. of sermons.", "She owned nine volumes of sermons."),
  ("It fills vols. iv and v.", "It fills volumes four and five."),
  // A lone I after a plural is a numeral when a second numeral is joined to it.
  ("Both World Wars I and II changed it.", "Both World Wars one and two changed it."),
  ("Read Parts I to III first.", "Read Parts one to three first."),
  // A pronoun after a plural stays the pronoun.
  ("The chapters I wrote were short.", "The chapters I wrote were short."),
  ("The Books I and my sister read were short.", "The Books I and my sister read were short."),
])
func numeralsAfterPluralsAndJoinedNumerals(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Thomas Hale, Gent., signed the deed.", "Thomas Hale, Gentleman, signed the deed."),
  ("He paid 3d. for the ferry.", "He paid threepence for the ferry."),
  ("A hat cost 5s. 11d. then.", "A hat cost five shillings and elevenpence then."),
  ("The rent was 1s. 1d. a week.", "The rent was one shilling and one penny a week."),
  // A numbered part is no sum of money.
  ("As agreed in clause 7d. of the lease.", "As agreed in clause seven d. of the lease."),
])
func oldTitlesAndPence(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The club's 6-0 start surprised everyone.", "The club's six and oh start surprised everyone."),
  ("After a 2-3 start they rallied.", "After a two and three start they rallied."),
  ("They finished with a 9-0 record.", "They finished with a nine and oh record."),
  // A score stays a score.
  ("They won 3-0 at home.", "They won three to zero at home."),
])
func recordsOfWinsAndLosses(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}
