import Testing

@testable import Narration

// Forms found in old books, letters and gazetteers as reprinted in plain text and
// encyclopedias: chapter references, business dating, coordinates, places named "of".

@Test(arguments: [
  (
    "Compare Hume, ch. xiv. on the same point.", "Compare Hume, chapter fourteen on the same point."
  ),
  (
    "The siege is told in ch. vii and ch. ix.",
    "The siege is told in chapter seven and chapter nine."
  ),
  ("See ch. i. for the voyage out.", "See chapter one for the voyage out."),
  // An everyday word after the abbreviation is no numeral.
  ("Add the ch. mix to taste.", "Add the ch. mix to taste."),
])
func chapterReferencesWithLowerCaseNumerals(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The bill falls due on the 4th prox.", "The bill falls due on the fourth proximo."),
  ("We shall call on the 11th prox. at noon.", "We shall call on the eleventh proximo at noon."),
])
func businessLettersDateByTheNextMonth(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "At noon we were in Lat. 38° S., long. 21° E. and fair.",
    "At noon we were in latitude thirty eight degrees south, longitude twenty one degrees east and fair."
  ),
  (
    "The wreck lies in lat. 47° 15′ N. and long. 9° 40′ W.",
    "The wreck lies in latitude forty seven degrees fifteen minutes north and longitude nine degrees forty minutes west."
  ),
  // Without a compass point after the degrees, "long" is the word.
  ("The pass is long. 90° turns are common.", "The pass is long. ninety degrees turns are common."),
  ("The rope was ten feet long. 30 men pulled.", "The rope was ten feet long. thirty men pulled."),
])
func latitudeAndLongitudeInLogs(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("We rode out to the Mt. of the Winds.", "We rode out to the Mount of the Winds."),
  ("The Ft. of St. Anne stood empty.", "The Fort of Saint Anne stood empty."),
  // A title of a person before "of" is left to the reader: "Rep." may be a republic.
  ("The Rep. of Cuba", "The Rep. of Cuba"),
])
func placesNamedForWhatTheyAreOf(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "Oats were sold at 130s. a quarter.",
    "Oats were sold at one hundred thirty shillings a quarter."
  ),
  ("The mill paid 27s. a week.", "The mill paid twenty seven shillings a week."),
  (
    "Rye went to 64s. a quarter and malt to 40s.",
    "Rye went to sixty four shillings a quarter and malt to forty shillings."
  ),
  (
    "It cost him £3 and then 25s. more.",
    "It cost him three pounds and then twenty five shillings more."
  ),
  // A decade keeps its reading, with its period or before a price.
  ("Jazz ruled the 1920s.", "Jazz ruled the nineteen twenties."),
  (
    "Rents rose in the 1870s. a long slump followed.",
    "Rents rose in the eighteen seventies. a long slump followed."
  ),
  ("She was in her 30s. and restless.", "She was in her thirties. and restless."),
  ("They bought 747s. The fleet grew.", "They bought seven hundred forty sevens. The fleet grew."),
])
func shillingsOfTwentyOrMoreInPrices(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The poem runs to XVI stanzas.", "The poem runs to sixteen stanzas."),
  ("VII letters survive from that year.", "seven letters survive from that year."),
  ("a cycle of XXIV preludes", "a cycle of twenty four preludes"),
  // Numerals that are letters before a noun, and a ruler's numeral, keep their readings.
  ("She was given IV antibiotics.", "She was given IV antibiotics."),
  ("Louis XV clocks sold well.", "Louis the fifteenth clocks sold well."),
])
func aNumeralBeforeAPluralNounCountsIt(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The valley has 85 people per km² on average.",
    "The valley has eighty five people per square kilometer on average."
  ),
  (
    "Yields reached 9 tonnes per ha last year.", "Yields reached nine tonnes per hectare last year."
  ),
  ("Beans cost 2 dollars per lb at the stall.", "Beans cost two dollars per pound at the stall."),
  // "per" before a word stays a word.
  ("It was paid per head, not per se.", "It was paid per head, not per se."),
])
func aUnitAfterPerIsNamedInTheSingular(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The bridge stands at km 63 of the old road.",
    "The bridge stands at kilometer sixty three of the old road."
  ),
  (
    "Works run from km 8 to km 14.5 this week.",
    "Works run from kilometer eight to kilometer fourteen point five this week."
  ),
  // Without a word such as "at" before it the symbol is left alone.
  ("km 5 is a long way", "km five is a long way"),
])
func aUnitBeforeANumberMarksAPlaceAlongARoad(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Nitric acid, HNO3, is made from NH3.", "Nitric acid, H N O three, is made from N H three."),
  ("Burning coal releases SO2 and CO2.", "Burning coal releases S O two and C O two."),
  ("Copper sulfate is CuSO4 in the lab.", "Copper sulfate is Cu S O four in the lab."),
  // Codes that are no formula keep their readings.
  ("The COP28 talks and MP3 files", "The COP twenty eight talks and MP three files"),
])
func chemicalFormulasAreSaidSymbolBySymbol(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "A small port, 18 m. S.W. of Brest, on the coast.",
    "A small port, eighteen miles southwest of Brest, on the coast."
  ),
  ("The abbey stands 2 m. north of the town.", "The abbey stands two miles north of the town."),
  ("It lies 1 m. E. of the ford.", "It lies one mile east of the ford."),
  // Without a bearing, or with a new sentence after the period, meters stay meters.
  ("The mast is 9 m. high.", "The mast is nine meters high."),
  (
    "The spire rises 60 m. North Lane runs below.",
    "The spire rises sixty meters. North Lane runs below."
  ),
  ("They walked 300 m. east of the camp.", "They walked three hundred meters east of the camp."),
])
func milesWithABearingInOldGazetteers(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Edward I never lost a siege.", "Edward the first never lost a siege."),
  ("The war ended. Charles I still refused.", "The war ended. Charles the first still refused."),
  // Inside a sentence, or after a title's period, the letter is the pronoun.
  ("When I saw Edward I never spoke.", "When I saw Edward I never spoke."),
  ("Dr. George I always trusted.", "Doctor George I always trusted."),
  ("Thank you, Edward. I never forget.", "Thank you, Edward. I never forget."),
])
func aRulerOpeningASentenceKeepsHisNumeralBeforeAnAdverb(_ written: String, _ spoken: String)
  throws
{
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Surface (km²): 412", "Surface (square kilometers): four hundred twelve"),
  (
    "The lake is measured in km2 and the tank in cm3.",
    "The lake is measured in square kilometers and the tank in cubic centimeters."
  ),
  // Without its power the unit is left as written.
  ("Prices are quoted by the sq ft here.", "Prices are quoted by the sq ft here."),
])
func aUnitOfAreaAloneIsNamed(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("the 2019-05-07 release notes", "the seventh of May twenty nineteen release notes"),
  ("The 03.11.2021 ruling stands.", "The third of November twenty twenty one ruling stands."),
  ("It was filed on 2019-05-07.", "It was filed on the seventh of May twenty nineteen."),
])
func aNumericDateAfterTheTakesNoSecondThe(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}
