import Foundation
import Testing

@testable import Narration

@Test(arguments: [
  ("He scored 35 goals.", "He scored thirty five goals."),
  (
    "It has 1,234,567 people.",
    "It has one million two hundred thirty four thousand five hundred sixty seven people."
  ),
  ("Pi is about 3.14.", "Pi is about three point one four."),
  ("It fell 12.5% today.", "It fell twelve point five percent today."),
  ("Growth was 3 % a year.", "Growth was three percent a year."),
  ("It was -15 outside.", "It was minus fifteen outside."),
  ("A 0.5 chance.", "A zero point five chance."),
  ("Code 007 works.", "Code oh oh seven works."),
])
func cardinalsDecimalsPercentages(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("the 3rd day", "the third day"),
  ("her 21st birthday", "her twenty first birthday"),
  ("the 101st Airborne", "the one hundred first Airborne"),
  ("the 12th man", "the twelfth man"),
  ("the 1,000th visitor", "the one thousandth visitor"),
])
func ordinals(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Born in 1994 in Lviv.", "Born in nineteen ninety four in Lviv."),
  ("Since 2001 it grew.", "Since two thousand one it grew."),
  ("By 2023 it was over.", "By twenty twenty three it was over."),
  ("In 1908 a fire.", "In nineteen oh eight a fire."),
  ("The 1990s were loud.", "The nineteen nineties were loud."),
  ("The '90s were loud.", "The nineties were loud."),
  ("He sent about 1500 soldiers.", "He sent about one thousand five hundred soldiers."),
  ("The 1992 productions ran.", "The nineteen ninety two productions ran."),
  ("Pi is 3.05 here.", "Pi is three point oh five here."),
])
func years(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("on Dec. 4 at noon", "on December fourth at noon"),
  ("on Dec. 4, 2023, in Kyiv", "on December fourth, twenty twenty three, in Kyiv"),
  ("on 4 December 2023 in Kyiv", "on the fourth of December twenty twenty three in Kyiv"),
  ("on 2023-12-04 in Kyiv", "on the fourth of December twenty twenty three in Kyiv"),
  ("on 12/04/2023 in Kyiv", "on December fourth, twenty twenty three in Kyiv"),
  ("from Dec. 4-6 in Kyiv", "from December fourth to sixth in Kyiv"),
  ("from 4–6 December", "from the fourth to the sixth of December"),
  ("in March 2016 then", "in March twenty sixteen then"),
])
func dates(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test func britishDatesReadDayFirst() throws {
  let british = try NormalizerFixture.normalizer(.british)
  #expect(british.normalize("on 12/04/2023") == "on the twelfth of April twenty twenty three")
  #expect(british.normalize("on Dec. 4") == "on December the fourth")
  #expect(british.normalize("It cost 105 pounds.") == "It cost one hundred and five pounds.")
}

@Test(arguments: [
  ("at 12:22 AM local time", "at twelve twenty two a.m local time"),
  ("at 5:34 p.m. on Monday", "at five thirty four p.m on Monday"),
  ("at 9:00 sharp", "at nine o'clock sharp"),
  ("at 9:05 sharp", "at nine oh five sharp"),
  ("at 18:30 GMT", "at eighteen thirty G M T"),
  ("at 5pm today", "at five p.m today"),
])
func times(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("It cost $5.2 million.", "It cost five point two million dollars."),
  ("It cost €50 billion.", "It cost fifty billion euros."),
  ("It cost £3 only.", "It cost three pounds only."),
  ("It cost ₴1.2 trillion.", "It cost one point two trillion hryvnias."),
  ("It cost $12.50 each.", "It cost twelve dollars fifty cents each."),
  ("It cost $1 each.", "It cost one dollar each."),
  ("It cost $.50 each.", "It cost fifty cents each."),
  (
    "It cost $5.50-$7.25 each.",
    "It cost five dollars fifty cents to seven dollars twenty five cents each."
  ),
  ("It cost $250-$300 each.", "It cost two hundred fifty dollars to three hundred dollars each."),
  ("It cost $0.99 each.", "It cost ninety nine cents each."),
  ("It cost ¥45 billion.", "It cost forty five billion yen."),
  ("It cost $3bn.", "It cost three billion dollars."),
  ("It cost US$ 10 million.", "It cost ten million U.S. dollars."),
])
func money(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("a 64 km drive", "a sixty four kilometer drive"),
  ("at 200 km/h now", "at two hundred kilometers per hour now"),
  ("weighs 43 kg now", "weighs forty three kilograms now"),
  ("It was -15°C today.", "It was minus fifteen degrees Celsius today."),
  ("Everest is 8,849 m high.", "Everest is eight thousand eight hundred forty nine meters high."),
  ("just 1 km away", "just one kilometer away"),
  ("a 5m wall", "a five meter wall"),
  ("about 250 million kg of grain", "about two hundred fifty million kilograms of grain"),
  ("a 12KG bag", "a twelve kilogram bag"),
  ("for $20/mo only", "for twenty dollars per month only"),
])
func measures(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("for 10-15 minutes", "for ten to fifteen minutes"),
  ("from 2014–2022 he", "from twenty fourteen to twenty twenty two he"),
  ("won 52-48 at home", "won fifty two to forty eight at home"),
  ("the 2003-04 season", "the two thousand three to four season"),
  ("a 1:250,000 map", "a one to two hundred fifty thousand map"),
  ("add 3/4 cup", "add three quarters cup"),
  ("walk 2 1/2 miles", "walk two and a half miles"),
  ("about 1/3 of them", "about one third of them"),
])
func rangesScoresFractions(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "Call +1-202-555-0143 now.",
    "Call plus one, two oh two, five five five, oh one four three now."
  ),
  ("Call (123) 456-7890 now.", "Call one two three, four five six, seven eight nine oh now."),
  ("Read kyivindependent.com today.", "Read kyivindependent dot com today."),
  ("Mail news@example.org now.", "Mail news at example dot org now."),
  (
    "See https://www.bbc.co.uk/news now.",
    "See H T T P S colon slash slash w w w dot B B C dot co dot u k slash news now."
  ),
  ("Follow @KyivIndependent now.", "Follow at Kyiv Independent now."),
  ("Tagged #StandWithUkraine now.", "Tagged hashtag Stand With Ukraine now."),
])
func telephonesAndAddresses(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Dr. Smith arrived.", "Doctor Smith arrived."),
  ("He lives on Main St. near us.", "He lives on Main Street near us."),
  ("They prayed at St. Paul's church.", "They prayed at Saint Paul's church."),
  ("Gen. Zaluzhnyi spoke.", "General Zaluzhnyi spoke."),
  ("Lt. Col. Smith spoke.", "Lieutenant Colonel Smith spoke."),
  ("Sen. Warren spoke.", "Senator Warren spoke."),
  ("He wore No. 3 then.", "He wore number three then."),
  ("They climbed Mt. Everest.", "They climbed Mount Everest."),
  ("It weighs approx. 5 kg.", "It weighs approximately five kilograms."),
  ("Fruit, i.e. apples, etc. were sold.", "Fruit, that is apples, etcetera were sold."),
  ("Apples, pears, etc. The rest rotted.", "Apples, pears, etcetera. The rest rotted."),
])
func abbreviationsKeepSentences(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The U.S. Army left.", "The U S Army left."),
  ("He flew to the U.S. The trip was long.", "He flew to the U S. The trip was long."),
  ("NATO and the GDP grew.", "NATO and the G D P grew."),
  ("The NBA final.", "The N.B.A final."),
  ("KYIV, Ukraine — The IUCN list.", "KYIV, Ukraine — The I U C N list."),
  ("The END is NOW here.", "The end is now here."),
  ("Charles III was crowned.", "Charles the third was crowned."),
  ("After World War II ended.", "After World War two ended."),
  ("After World War I ended.", "After World War one ended."),
  ("Read Chapter IV now.", "Read Chapter four now."),
  ("Louis XIV's palace.", "Louis the fourteenth's palace."),
])
func acronymsAndRomanNumerals(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Tom & Jerry", "Tom and Jerry"),
  ("R&D costs", "R and D costs"),
  ("ranked #1 again", "ranked number one again"),
  ("**Breaking** news", "Breaking news"),
  ("• First point", " First point"),
  ("fish and/or chips", "fish and or chips"),
  ("Great news 😀!", "Great news !"),
])
func symbolsAndSilentCharacters(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  "Text that needs no change stays exactly as it is.",
  "  Leading and   inner   spacing , kept ( as written ) .",
  "Kyiv, Lviv and Kharkiv are cities in Ukraine.",
  "Привіт, світе! مرحبا بالعالم שלום",
  "She said: \u{201C}No.\u{201D} Then she left\u{2026}",
  "",
])
func plainTextPassesThroughUnchanged(_ text: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(text) == text)
}

@Test func lexiconOverridesWords() throws {
  let tables = try #require(NormalizerFixture.tables).withLexicon(["Kyiv": "Keev"])
  let normalizer = Normalizer(tables: tables)
  #expect(normalizer.normalize("Kyiv, not Kyivan.") == "Keev, not Kyivan.")
}

@Test func hugeNumbersAreReadDigitByDigit() throws {
  let digits = String(repeating: "9876543210", count: 50)
  let spoken = try NormalizerFixture.normalizer().normalize(digits)
  #expect(spoken.split(separator: " ").count == 500)
  #expect(spoken.hasPrefix("nine eight seven six"))
  let grouped = try NormalizerFixture.normalizer().normalize("1,000,000,000,000,000,000")
  #expect(grouped == "one quintillion")
}

@Test func badInputNeverCrashes() throws {
  let normalizer = try NormalizerFixture.normalizer()
  let inputs = [
    String(repeating: "!?.,;:-", count: 3000),
    String(repeating: "$", count: 5000) + "5",
    String(repeating: "1.", count: 5000),
    String(repeating: "1-", count: 5000),
    String(repeating: "A.", count: 5000),
    String(repeating: "😀👩‍👩‍👧", count: 1000),
    "\u{0}\u{1}\u{7}\u{1B}[31mred\u{1B}[0m\u{7F}",
    "\u{202E}txet\u{202C} עברית 123 العربية ٣٤٥",
    "e\u{301}\u{301}\u{301} \u{FEFF}\u{200B}\u{FFFD}",
    String(repeating: "http://", count: 500),
  ]
  for input in inputs {
    let output = normalizer.normalize(input)
    #expect(!output.contains("\u{0}"))
    #expect(output.count < input.count * 30 + 10)
  }
}

@Test func controlCharactersAreNotPassedToTheEngine() throws {
  let output = try NormalizerFixture.normalizer().normalize("a\u{0}b\u{7}c")
  #expect(output == "a b c")
}

@Test(arguments: [
  ("open 24/7 now", "open twenty four seven now"),
  ("after 9/11 then", "after nine eleven then"),
])
func setPhrasesWithSlashes(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}
