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

@Test(arguments: [
  ("Visit 1600 Pennsylvania Ave. today.", "Visit sixteen hundred Pennsylvania Avenue today."),
  ("It is at 4521 W Elm Rd, Dayton.", "It is at forty five twenty one West Elm Road, Dayton."),
  ("Try 307 N 2nd st, Troy, OH", "Try three oh seven North second Street, Troy, Ohio"),
  (
    "Write to 41 Oak Ct, Reno, NV 89501.",
    "Write to forty one Oak Court, Reno, Nevada eight nine five zero one."
  ),
  (
    "Mail 9 Lake hwy, Ely, MN, 55731-1234",
    "Mail nine Lake Highway, Ely, Minnesota, five five seven three one one two three four"
  ),
  // Not addresses: a year before a name, a state code with no address or ZIP code.
  ("In 1999 Main Street was quiet.", "In nineteen ninety nine Main Street was quiet."),
  ("Salem, MA : Pell and Hart", "Salem, M.A : Pell and Hart"),
  ("Well, OK then.", "Well, okay then."),
])
func streetAddresses(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("The B2B trade", "The B two B trade"),
  ("an H5N1 strain", "an H five N one strain"),
  ("code xk4471 here", "code xk four four seven one here"),
  ("part 12d07F", "part twelve d oh seven F"),
  ("MP3 players", "MP three players"),
  ("Flight MH370 and an A320", "Flight MH three seventy and an A three twenty"),
  ("He ran 3:52.6 there.", "He ran three fifty two point six there."),
  // Ordinary suffixes are unchanged: ordinals, decades, units.
  (
    "the 21st and the 1990s at 5km", "the twenty first and the nineteen nineties at five kilometers"
  ),
])
func lettersAndDigitsInCodes(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("So 7-3=4 here.", "So seven minus three equals four here."),
  ("So 7 - 3 = 4 here.", "So seven minus three equals four here."),
  ("So 2+2=4 here.", "So two plus two equals four here."),
  ("Pages 7-9 here.", "Pages seven to nine here."),
  ("Call 555-0199 now.", "Call five five five, oh one nine nine now."),
  ("Fax: 555-2368.", "Fax: five five five, two three six eight."),
  ("Host 10.0.0.1 is up.", "Host one zero dot zero dot zero dot one is up."),
  ("Wow!Really?Yes", "Wow! Really? Yes"),
])
func arithmeticTelephonesAndMarks(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test func webAddressesReadTheirScheme() throws {
  #expect(
    try normalized("See https://example.org/news/ now.")
      == "See H T T P S colon slash slash example dot org slash news now.")
  #expect(
    try normalized("Open file:///photos/cat.jpg now.")
      == "Open file colon slash slash slash photos slash cat dot jpeg now.")
}

@Test func webAddressesInAngleBrackets() throws {
  #expect(
    try normalized("Mail <https://example.net/> today.")
      == "Mail <H T T P S colon slash slash example dot net> today.")
  #expect(try normalized("See example.net/ now.") == "See example dot net now.")
}

@Test func longUngroupedNumbersAreReadDigitByDigit() throws {
  #expect(
    try normalized("Card 4417123456789012")
      == "Card four four one seven one two three four five six seven eight nine oh one two")
  #expect(try normalized("Debt of 900,000,000,000,000,000") == "Debt of nine hundred quadrillion")
}

@Test(arguments: [
  ("Rates of 4,5 % rose.", "Rates of four point five percent rose."),
  ("It cost 1.250,75 € net.", "It cost one thousand two hundred fifty point seven five euros net."),
  ("Some 2,5 million came.", "Some two point five million came."),
  ("It ran 7,5 km today.", "It ran seven point five kilometers today."),
  // Without a quantity after it a comma between digits stays a list or a thousands separator.
  ("Pick 3,5 or 7.", "Pick three,five or seven."),
  ("It has 2,500 seats.", "It has two thousand five hundred seats."),
])
func europeanDecimalCommas(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("She is 5'7\" tall.", "She is five feet seven inches tall."),
  ("A 65\" screen.", "A sixty five inches screen."),
  ("He said \"take 3\" twice.", "He said \"take three\" twice."),
  ("Run a 5-km loop.", "Run a five kilometer loop."),
  ("Dose 3 mg/kg daily.", "Dose three milligrams per kilogram daily."),
  ("Boards 2x4 m2 each.", "Boards two by four square meters each."),
  ("Her 401(k) grew.", "Her four oh one k grew."),
  ("Rent is $900/month here.", "Rent is nine hundred dollars per month here."),
  ("It ran 40 km/day for 5 days.", "It ran forty kilometers per day for five days."),
  (
    "Loads of 1200-1500 kg each.",
    "Loads of one thousand two hundred to one thousand five hundred kilograms each."
  ),
  ("A 501(c)(3) group.", "A five oh one c three group."),
  (
    "In FY2024 sales of the T1000 rose.",
    "In FY twenty twenty four sales of the T one thousand rose."
  ),
])
func measuresCodesAndSections(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("Polls close at 8 p.m. ET tonight.", "Polls close at eight p.m Eastern time tonight."),
  ("The call is at 9am PT.", "The call is at nine a.m Pacific time."),
  ("Talks began at 1400 GMT.", "Talks began at fourteen hundred G M T."),
  ("Curfew from 0630 hours.", "Curfew from oh six thirty hours."),
  // A time-zone code that follows no time stays for the acronym rules.
  ("The ET channel aired it.", "The E T channel aired it."),
  ("It raised 1400 GBP.", "It raised one thousand four hundred pounds."),
])
func timeZonesAndTwentyFourHourTimes(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("The 2019/20 season ended.", "The twenty nineteen to twenty season ended."),
  ("Sales rose 3% y/y in May.", "Sales rose three percent year on year in May."),
  ("Cash and/or cards.", "Cash and or cards."),
  ("It gets 40 mpg.", "It gets forty miles per gallon."),
])
func seasonsAndSetPhrases(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("A 2½ hour trip.", "A two and a half hour trip."),
  ("It is 4¾ miles.", "It is four and three quarters miles."),
  ("Add ⅜ cup.", "Add three eighths cup."),
  ("The result 9 -4 stood.", "The result nine minus four stood."),
  ("Pages 9-14 here.", "Pages nine to fourteen here."),
  (
    "See example.org/2024-report now.", "See example dot org slash two oh two four dash report now."
  ),
  ("Call 1-800-FIX-ROOF today.", "Call one, eight hundred, fix roof today."),
])
func vulgarFractionsSignsAndNumbersWithWords(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("We won in '99 and '05.", "We won in ninety nine and oh five."),
  ("Hundreds? 100s of fans and 1000s more.", "Hundreds? hundreds of fans and thousands more."),
  ("Get v2.0 or v1.4.2 now.", "Get v two point zero or v one dot four dot two now."),
  ("See §4 and ¶2 of Vol. III.", "See section four and paragraph two of volume three."),
  ("It cost 20p and 1p.", "It cost twenty pence and one penny."),
  // A letter named after "Plan" or "an" ends its sentence; initials before a name do not.
  ("We chose Plan B. Nobody came.", "We chose Plan B. Nobody came."),
  ("He got an A. Then he left.", "He got an A. Then he left."),
  ("Ask J. Smith today.", "Ask J Smith today."),
])
func yearsVersionsSectionsAndLetters(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test func yearFirstSlashDatesFollowTheDialect() throws {
  #expect(try normalized("Filed 2021/03/09.") == "Filed March ninth, twenty twenty one.")
  #expect(
    try normalized("Filed 2021/03/09.", .british) == "Filed the ninth of March twenty twenty one.")
  #expect(try normalized("Filed 2021-03-09.") == "Filed the ninth of March twenty twenty one.")
  #expect(try normalized("A 90º turn.") == "A ninety degree turn.")
}

@Test(arguments: [
  ("Use the card ending in 4410 today.", "Use the card ending in four four one oh today."),
  ("Dial ext. 318 now.", "Dial ext. three one eight now."),
  ("Open 9:15AM,4:30PM daily.", "Open nine fifteen a.m,four thirty p.m daily."),
  ("Polls show 51%-47% now.", "Polls show fifty one percent to forty seven percent now."),
  // A cue word with no number after it changes nothing; other numbers stay cardinals.
  ("The account grew by 4410 users.", "The account grew by four thousand four hundred ten users."),
])
func cuedDigitsAndTimesAfterCommas(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("XIV.", "fourteen."),
  ("CHAPTER IX.", "CHAPTER nine."),
  ("King Henry IV. was ill.", "King Henry the fourth was ill."),
  ("See Book II., and more.", "See Book two, and more."),
  ("Bread, cheese, &c. were sold.", "Bread, cheese, etcetera were sold."),
  ("Bread, cheese, &c.", "Bread, cheese, etcetera."),
  // The pronoun stays a word, on its own line too.
  ("I", "I"),
  ("Then I. Smith spoke.", "Then I Smith spoke."),
])
func bookConventions(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("Sen. Ann Ray, D-Ore., spoke.", "Senator Ann Ray, Democrat of Oregon, spoke."),
  ("A man from Dayton, Tenn., said so.", "A man from Dayton, Tennessee, said so."),
  ("She lives in Tupelo, Miss. Then she left.", "She lives in Tupelo, Mississippi. Then she left."),
  // Not after a city: a title, not a state.
  ("Ask Miss. Ray.", "Ask Miss. Ray."),
])
func agencyStateAbbreviations(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  // An everyday word in capitals between lower-case words is said as the word.
  ("You can take a MAX of two bags.", "You can take a max of two bags."),
  ("Please do NOT feed the geese.", "Please do not feed the geese."),
  ("it was a BIG night for us", "it was a big night for us"),
  ("He said he would NOT, and left.", "He said he would not, and left."),
  // Words news also writes as acronyms, names and headlines stay as written.
  ("Two men held by ICE agents were freed.", "Two men held by ICE agents were freed."),
  ("CAT scans were ordered.", "CAT scans were ordered."),
  ("TOP SECRET FILES", "TOP SECRET FILES"),
])
func capitalWordsAmongLowerCase(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}
