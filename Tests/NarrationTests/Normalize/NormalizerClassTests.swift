import Foundation
import Testing

@testable import Narration

/// Token classes read the way a newsreader says them: fractions, money forms, addresses,
/// arithmetic, web addresses and codes (cases written for these tests).
private func normalized(_ text: String, _ dialect: NormalizerOptions.Dialect = .american) throws
  -> String
{
  Normalizer(tables: try NormalizerTables.bundled(), options: NormalizerOptions(dialect: dialect))
    .normalize(text)
}

@Test(arguments: [
  ("Add 7/2 cups.", "Add seven halves cups."),
  ("About 5/3 of it.", "About five thirds of it."),
  ("Only 1/8th remained.", "Only one eighth remained."),
  ("Only 3/4ths remained.", "Only three quarters remained."),
  ("It took 4 7/8 hours.", "It took four and seven eighths hours."),
  ("It took 1 9/4 hours.", "It took one and nine quarters hours."),
  ("A ratio of 9/1 here.", "A ratio of nine over one here."),
])
func improperAndMixedFractions(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("A fee of $7.5 a day.", "A fee of seven dollars fifty cents a day."),
  ("A fee of $7.500 a day.", "A fee of seven dollars fifty cents a day."),
  ("A fee of $4.000 a day.", "A fee of four dollars a day."),
  ("A fee of $7.125 a day.", "A fee of seven point one two five dollars a day."),
  ("A fee of £3.40 a day.", "A fee of three pounds forty pence a day."),
  ("From €10-€12 a day.", "From ten euros to twelve euros a day."),
  ("A mean of 2.0 goals.", "A mean of two point zero goals."),
])
func moneyForms(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}
