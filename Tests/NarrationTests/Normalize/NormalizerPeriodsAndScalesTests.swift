import Foundation
import Testing

@testable import Narration

/// Quarters and halves of a year, full hours on the 24-hour clock, scale letters read by
/// context, and numbers inside web and e-mail addresses (sentences written for these tests).
private func normalized(_ text: String) throws -> String {
  Normalizer(tables: try NormalizerTables.bundled()).normalize(text)
}

@Test(arguments: [
  (
    "Profits fell in Q2 2021 again.",
    "Profits fell in the second quarter of twenty twenty one again."
  ),
  ("Its Q4 2019 report was late.", "Its fourth quarter of twenty nineteen report was late."),
  ("Margins widened in 3Q19 overall.", "Margins widened in the third quarter of nineteen overall."),
  ("Orders rose in 1Q 2020.", "Orders rose in the first quarter of twenty twenty."),
  ("Hiring slowed in H2 2018.", "Hiring slowed in the second half of twenty eighteen."),
  ("Guidance for 1H25 held.", "Guidance for the first half of twenty five held."),
  // Without a year the code stays as written; no fifth quarter, no third half.
  ("Sales rose in Q3, they said.", "Sales rose in Q three, they said."),
  ("The Q5 2020 line", "The Q five twenty twenty line"),
  ("The H3 2020 line", "The H three twenty twenty line"),
])
func quartersAndHalvesOfAYear(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("The gates shut at 22:00 sharp.", "The gates shut at twenty two o'clock sharp."),
  ("The gates shut at 8:00 sharp.", "The gates shut at eight o'clock sharp."),
  ("Curfew begins at 22:00 hours.", "Curfew begins at twenty two hundred hours."),
  ("The gates shut at 22:15 sharp.", "The gates shut at twenty two fifteen sharp."),
])
func fullHoursOnTheTwentyFourHourClock(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  // An amount or a count before it makes a glued "m" or "k" a scale.
  ("The club raised 3.4m last spring.", "The club raised three point four million last spring."),
  ("Its population is 2.1m.", "Its population is two point one million."),
  ("She asked a salary of 85k a year.", "She asked a salary of eighty five thousand a year."),
  ("About 1.2m voters stayed home.", "About one point two million voters stayed home."),
  ("Debts reached 4.5bn in May.", "Debts reached four point five billion in May."),
  // Otherwise, or beside a word about size, it stays a unit.
  ("The mast is 3.4m tall.", "The mast is three point four meters tall."),
  ("He threw the disc 61.2m today.", "He threw the disc sixty one point two meters today."),
  (
    "The fund paid for a 2.5m deep pool.",
    "The fund paid for a two point five meters deep pool."
  ),
])
func scaleLettersReadByContext(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  (
    "Write to tom&jo@mail.example.com today.",
    "Write to tom ampersand jo at mail dot example dot com today."
  ),
  (
    "See example.com/parts/gx-3000 now.",
    "See example dot com slash parts slash G X dash three thousand now."
  ),
  (
    "See example.com/2019/07/21/story now.",
    "See example dot com slash twenty nineteen slash oh seven slash twenty one slash story now."
  ),
  (
    "See example.com/item/48213 now.",
    "See example dot com slash item slash four eight two one three now."
  ),
])
func numbersAndMarksInAddresses(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test func aDecadeWithItsSSplitOff() throws {
  #expect(
    try normalized("Styles of the 1970 s returned.") == "Styles of the nineteen seventies returned."
  )
  // Two digits may be seconds, and other numbers are no decade.
  #expect(try normalized("It took 1975 s here.") == "It took nineteen seventy five s here.")
}

@Test(arguments: [
  ("She had to call 911 twice.", "She had to call nine one one twice."),
  ("911 operators were busy.", "nine one one operators were busy."),
  ("He dialled 999 at once.", "He dialled nine nine nine at once."),
  ("A 112 call came in.", "A one one two call came in."),
  // A model after a name (said in pairs), and the same digits as a count, stay numbers.
  ("Her Porsche 911 was red.", "Her Porsche nine eleven was red."),
  ("The Saab 911 was red.", "The Saab nine hundred eleven was red."),
  ("It lasted 999 days.", "It lasted nine hundred ninety nine days."),
])
func emergencyNumbersDigitByDigit(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("Advice from the WHO changed.", "Advice from the W H O changed."),
  ("WHO experts met on Monday.", "W H O experts met on Monday."),
  // Shouted among other capitals it is the word.
  ("WHO IS THERE?", "WHO IS THERE?"),
])
func anOrganizationWrittenLikeAWord(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("Read pp. 12-19 first.", "Read pages twelve to nineteen first."),
  ("Read p. 7 first.", "Read page seven first."),
  ("Read Sect. 3 first.", "Read section three first."),
  ("The team had 41 pts then.", "The team had forty one points then."),
  ("A fee of 2s. 9d. was paid.", "A fee of two shillings and ninepence was paid."),
  (
    "It was 101.2° F. and rising.",
    "It was one hundred one point two degrees Fahrenheit and rising."
  ),
  ("It was 37° C today.", "It was thirty seven degrees Celsius today."),
  (
    "It lies at 12°05′31″S.",
    "It lies at twelve degrees five minutes thirty one seconds south."
  ),
  ("Shops shut until 2 Jan.", "Shops shut until the second of January."),
  ("Open to ages 16+ only.", "Open to ages sixteen plus only."),
  ("Seats from $40+ each.", "Seats from forty dollars plus each."),
])
func bookAndReferenceForms(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test func aScaleWordNearbyMakesAGluedMAScale() throws {
  #expect(
    try normalized("Output went from 1.5 million in 2001 to nearly 4m by 2010.")
      == "Output went from one point five million in two thousand one to nearly four million by "
      + "twenty ten.")
}

@Test(arguments: [
  ("Crowds in the 10,000s came.", "Crowds in the ten thousands came."),
  ("He lives at No.7 now.", "He lives at number seven now."),
  ("The fair opens on 7/14 again.", "The fair opens on July fourteenth again."),
  ("It closes by 31/1 this year.", "It closes by January thirty first this year."),
  ("Only 7/14 of them came.", "Only seven fourteenths of them came."),
  ("Read Luke 6:20-26 aloud.", "Read Luke six twenty to twenty six aloud."),
  ("They spent ₹40 crore on it.", "They spent forty crore rupees on it."),
  ("WWII veterans and WWI poets met.", "World War Two veterans and World War One poets met."),
])
func numbersInNewsAndReferenceText(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test func britishDaysWithASlashPutTheDayFirst() throws {
  let british = Normalizer(
    tables: try NormalizerTables.bundled(), options: NormalizerOptions(dialect: .british))
  #expect(
    british.normalize("It opens on 7/11 again.") == "It opens on the seventh of November again.")
}

@Test(arguments: [
  ("Say [T AH0 M EY1 T OW2] slowly.", "Say [T AH0 M EY1 T OW2] slowly."),
  ("Say {K AE1 T} slowly.", "Say {K AE1 T} slowly."),
  // Not phonemes: no stressed vowel, unknown symbols, or no closing bracket.
  ("See [A B] here.", "See [A B] here."),
  ("See [HH AH7] here.", "See [H H AH seven] here."),
  ("See {T AH0 M here.", "See {T AH zero M here."),
])
func bracketedPhonemesPassThrough(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  (
    "Ring 0161 496 0000 today.",
    "Ring oh one six one, four nine six, oh oh oh oh today."
  ),
  ("Or try 01632 960418 today.", "Or try oh one six three two, nine six oh four one eight today."),
  (
    "Phone 212 555 0187 now.",
    "Phone two one two, five five five, oh one eight seven now."
  ),
  (
    "Or 0800 123 4567 (Minicom).",
    "Or oh eight oh oh, one two three, four five six seven (Minicom)."
  ),
  // Spaced numbers without a trunk zero or a word about calling stay numbers.
  (
    "Scores of 212 555 and 187 came.",
    "Scores of two hundred twelve five hundred fifty five and one hundred eighty seven came."
  ),
])
func spacedTelephoneNumbers(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("The GTX 2070 card sold out.", "The G T X twenty seventy card sold out."),
  (
    "It meets ISO 14001 and ISO 9001.",
    "It meets I S O fourteen thousand one and I S O ninety oh one."
  ),
  // Years, round thousands and counts stay as they are.
  ("The UN 2030 goals", "The U N twenty thirty goals"),
  ("The NHS 5000 nurses came.", "The N H S five thousand nurses came."),
  ("The UK 3500 workers struck.", "The U K three thousand five hundred workers struck."),
])
func modelNumbersAfterACode(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("Install zlib 1.2.8b first.", "Install zlib one dot two dot eight b first."),
  ("See clause 4.1.2a below.", "See clause four dot one dot two a below."),
  ("Rent was £12 6s. a week.", "Rent was twelve pounds six shillings a week."),
  ("It cost £2 1s. in all.", "It cost two pounds one shilling in all."),
])
func versionLettersAndOldShillings(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("Save it as JSON or YAML.", "Save it as JSON or YAML."),
  ("The GNU compiler ran on DOS.", "The GNU compiler ran on DOS."),
  ("Insert the SIM card and PIN code.", "Insert the sim card and pin code."),
  ("Two super PACs spent more.", "Two super packs spent more."),
  // Other short capitals are still spelled.
  ("The CLI and the API", "The C L I and the A.P.I"),
])
func shortCapitalsSaidAsWords(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  (
    "Floods hit towns in Ind. and Ill. overnight.",
    "Floods hit towns in Indiana and Illinois overnight."
  ),
  ("She drove from Ariz. to Colo. alone.", "She drove from Arizona to Colorado alone."),
  // A title or a word, not a state.
  ("He wrote to Miss. Lane at once.", "He wrote to Miss. Lane at once."),
  ("Sales were below 2018 levels.", "Sales were below twenty eighteen levels."),
  ("It sent over 1200 soldiers.", "It sent over one thousand two hundred soldiers."),
  ("A plan worth Rs 2 lakh crore.", "A plan worth two lakh crore rupees."),
])
func statesYearsAndIndianAmounts(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("Open Tue-Sat only.", "Open Tuesday to Saturday only."),
  ("Shifts run 07:00–15:00 daily.", "Shifts run seven o'clock to fifteen o'clock daily."),
  ("The cut runs 2h 40m in all.", "The cut runs two hours forty minutes in all."),
  ("The cut runs 1h45m in all.", "The cut runs one hour forty five minutes in all."),
  // Without hours before it, a glued "m" is still a length.
  ("A 40m drop.", "A forty meter drop."),
])
func openingHoursAndDurations(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  (
    "It is roughly 3 × 10^8 m/s.",
    "It is roughly three times ten to the power of eight meters per second."
  ),
  ("A size of 10^-6 here.", "A size of ten to the power of minus six here."),
  (
    "Levels of 190 mg/dL were seen.",
    "Levels of one hundred ninety milligrams per deciliter were seen."
  ),
  (
    "It yields 285 kJ/mol at most.",
    "It yields two hundred eighty five kilojoules per mole at most."
  ),
  ("Carbon dioxide hit 421 ppm.", "Carbon dioxide hit four hundred twenty one parts per million."),
  ("The ship made 410 nmi a day.", "The ship made four hundred ten nautical miles a day."),
])
func powersAndScientificUnits(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("She ran 10.71 s that day.", "She ran ten point seven one seconds that day."),
  ("Red vs. Blue is on.", "Red versus Blue is on."),
])
func timingsAndVersus(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("The new chip is 4x faster.", "The new chip is four times faster."),
  ("A 3x world champion spoke.", "A three times world champion spoke."),
  ("A .38 caliber pistol was found.", "A thirty eight caliber pistol was found."),
  // Dimensions and a decimal alone are unchanged.
  ("Use 2x4 studs.", "Use two by four studs."),
  ("It rose .5 today.", "It rose point five today."),
])
func multiplesAndCalibers(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("A fine of SEK 250 was set.", "A fine of two hundred fifty Swedish kronor was set."),
  ("It costs ₦800 a day.", "It costs eight hundred naira a day."),
  ("It costs 40 ZAR a day.", "It costs forty rand a day."),
])
func moreCurrencies(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("The effect held (p < 0.01).", "The effect held (p less than zero point oh one)."),
  ("Only cases with n>50 counted.", "Only cases with n greater than fifty counted."),
  ("It weighs ~3 kg in all.", "It weighs about three kilograms in all."),
  // Markup, quoting and a heart stay as written.
  ("I <3 it.", "I <three it."),
  ("See <em>this</em> now.", "See <em>this</em> now."),
])
func comparisonsAndApproximations(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}
