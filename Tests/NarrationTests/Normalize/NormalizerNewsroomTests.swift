import Foundation
import Testing

@testable import Narration

// They are in the style of news copy and encyclopedia entries: toll-free numbers, quadrants
// of a city, company initials, spans of years across eras, scales written with a colon.

@Test(arguments: [
  (
    "Readers can call 1-800-555-0142 for help.",
    "Readers can call one, eight hundred, five five five, oh one four two for help."
  ),
  ("Dial 800-555-0177 today.", "Dial eight hundred, five five five, oh one seven seven today."),
  // An 800 that is not the area code stays digits.
  ("Call 312-800-4411.", "Call three one two, eight oh oh, four four one one."),
])
func aTollFreeCodeIsSaidInHundreds(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The office is at 1420 Vermont Ave. NW, near the park.",
    "The office is at fourteen twenty Vermont Avenue Northwest, near the park."
  ),
  (
    "Crews closed 310 Elm St. SE on Monday.",
    "Crews closed three ten Elm Street Southeast on Monday."
  ),
  ("He lives at 44 Oak Rd. in Dover.", "He lives at forty four Oak Road in Dover."),
])
func aQuadrantAfterTheStreetType(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Shares of AT&T slipped.", "Shares of A.T and T slipped."),
  ("The AT&T's board met.", "The A.T and T's board met."),
  ("Budgets for R&D rose.", "Budgets for R and D rose."),
  // Words joined by "&" are not initials.
  ("Marks & Spencer", "Marks and Spencer"),
])
func initialsJoinedByAnAmpersandAreLetters(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "Tiberius (42 BC – AD 37) was emperor.",
    "Tiberius (forty two B C to A.D thirty seven) was emperor."
  ),
  ("It lasted from 300 BC – 200 BC.", "It lasted from three hundred B C to two hundred B C."),
])
func aSpanAcrossEras(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("They built a 1:25 scale model.", "They built a one to twenty five scale model."),
  ("She won by a 2:1 margin.", "She won by a two to one margin."),
  // A time stays a time.
  ("The bus left at 1:25 sharp.", "The bus left at one twenty five sharp."),
])
func aColonBeforeScaleIsARatio(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The condo has 920 sq. ft. of floor space.",
    "The condo has nine hundred twenty square feet of floor space."
  ),
  ("The trunk holds 14 cu. ft. of luggage.", "The trunk holds fourteen cubic feet of luggage."),
  ("Up to 4 in. of snow fell overnight.", "Up to four inches of snow fell overnight."),
  (
    "The fish reaches 40 cm (16 in) in length.",
    "The fish reaches forty centimeters (sixteen inches) in length."
  ),
  ("The guard is 6 ft. 3 in. tall.", "The guard is six feet three inches tall."),
  // "in" after a number is mostly the word.
  ("She came in 2 in a row.", "She came in two in a row."),
])
func unitsWrittenWithTheirPeriods(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Rep. Ann Kell, R-Ohio, said no.", "Representative Ann Kell, Republican of Ohio, said no."),
  ("Sen. Joe Marsh (D-Iowa) agreed.", "Senator Joe Marsh (Democrat of Iowa) agreed."),
  // A hyphened word is no party label.
  ("the D-Day beaches", "the D-Day beaches"),
])
func aPartyLabelWithTheStateInFull(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The slab is 2.5 × 1.5 m.", "The slab is two point five by one point five meters."),
  ("The box is 20 × 30 × 40 cm.", "The box is twenty by thirty by forty centimeters."),
  // A product or a power stays "times".
  (
    "Light travels 3 × 10^8 m/s.",
    "Light travels three times ten to the power of eight meters per second."
  ),
  ("It is 6 × 7 in all.", "It is six times seven in all."),
])
func aMultiplicationSignBetweenMeasuresIsBy(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Talks run Oct. 30-Nov. 1.", "Talks run October thirtieth to November first."),
  (
    "The fair is Aug. 29–Sept. 4, 2025.",
    "The fair is August twenty ninth to September fourth, twenty twenty five."
  ),
])
func aRangeOfDatesAcrossMonths(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}
