import Foundation
import Testing

@testable import Narration

// Each pins a reading a newsreader would give that the normalizer once got wrong, next to
// look-alikes that must stay as they were.

@Test(arguments: [
  ("The vicar read 1 Corinthians 13 aloud.", "The vicar read First Corinthians thirteen aloud."),
  ("Her text was 2 Kings 4:8 today.", "Her text was Second Kings four eight today."),
  (
    "We studied 1 Cor. 15:3 and 2 Tim. 3:16.",
    "We studied First Corinthians fifteen three and Second Timothy three sixteen."
  ),
  ("It quotes II Thessalonians twice.", "It quotes Second Thessalonians twice."),
  // Without a chapter and verse, "Kings" or "Peter" after a number is no book.
  ("The 2 Kings met at dawn.", "The two Kings met at dawn."),
  ("Her 3 Peter Rabbit books sold.", "Her three Peter Rabbit books sold."),
])
func numberedBooksOfTheBible(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The shop stood at 417C Willow Lane.", "The shop stood at four seventeen C Willow Lane."),
  ("She lived at No. 108B Mill Road.", "She lived at number one oh eight B Mill Road."),
  ("We met at 417 Willow Lane.", "We met at four seventeen Willow Lane."),
  // A street type written as a lower-case word after a number is no address.
  ("He bought a 4 TB drive last week.", "He bought a four terabyte drive last week."),
])
func houseNumbersWithALetter(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The pool is 25 x 12 m in size.", "The pool is twenty five by twelve meters in size."),
  ("They sold 2 x 4 boards.", "They sold two by four boards."),
  ("The new chip is 3 x faster.", "The new chip is three times faster."),
  // Arithmetic keeps its sign for the other rules; a word that is no comparison stays.
  ("We know 4 x 2 = 8 by heart.", "We know four x two equals eight by heart."),
  ("Buy 6 x cheese today.", "Buy six x cheese today."),
])
func spacedDimensionsAndMultiples(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "Best Sellers Top 40 - 9th May 2021 .",
    "Best Sellers Top forty - the ninth of May twenty twenty one ."
  ),
  // A day or a year before the dash still starts a range of dates.
  ("It ran 3 - 9 May .", "It ran the third to the ninth of May ."),
  (
    "From 6 May 1921 - 9 May 1923 .",
    "From the sixth of May nineteen twenty one to the ninth of May nineteen twenty three ."
  ),
])
func aDateAfterANumberThatIsNoDay(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The Route 66 's diners closed .", "The Route sixty six's diners closed ."),
  ("Her 1984 's sequel sold .", "Her nineteen eighty four's sequel sold ."),
])
func aPossessiveSplitFromANumber(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Barnes , T . 1994 .", "Barnes , T nineteen ninety four ."),
  ("Ford , P . & Lowe , R . ( 2001 ) .", "Ford , P and Lowe , R . ( two thousand one ) ."),
  ("Filed 12 Feb . 2019 .", "Filed the twelfth of February twenty nineteen ."),
  // A lower-case abbreviation keeps its period; so does an initial before a name.
  ("See p . 41 .", "See p . forty one ."),
  ("Jane K . Ross wrote it .", "Jane K . Ross wrote it ."),
])
func aPeriodSetApartFromAnInitialOrAMonth(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Only a category V storm could do it.", "Only a category five storm could do it."),
  ("Each group V element has five.", "Each group five element has five."),
  // A lone "I" stays the pronoun, and a lone "X" a letter, after the same nouns.
  ("The class I teach meets today.", "The class I teach meets today."),
  ("Cells of type X and type Y grew.", "Cells of type X and type Y grew."),
])
func aLoneVAfterANumberedNounInLowerCase(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "Light covers 3 x 10^5 km each second.",
    "Light covers three times ten to the power of five kilometers each second."
  ),
  ("A drop holds 10⁹ cells.", "A drop holds ten to the power of nine cells."),
  ("It weighs 10⁻³ kg at most.", "It weighs ten to the power of minus three kilograms at most."),
])
func powersOfTenInScientificNotation(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}
