import Foundation
import Testing

@testable import Narration

/// Ordinary prose (book, news and reference text) passes through the normalizer unchanged, and
/// markup tags are left as written (sentences invented for these tests).
private func normalized(_ text: String) throws -> String {
  Normalizer(tables: try NormalizerTables.bundled()).normalize(text)
}

@Test(arguments: [
  "\"No. I shall stay here,\" said the miller's wife.",
  "No. It was never going to be that simple.",
  "No one on the ferry knew the captain's name.",
  "I told her I was tired, and I meant every word of it.",
  "\"Is it far?\" asked the girl. \"Not far,\" said I.",
  "She paused \u{2014} then laughed \u{2014} and walked away.",
  "He hesitated... then, at last, he spoke.",
  "The Ashdowns kept the inn by the river, as their parents had.",
  "Did you hear the bells? Mix the dough, then let it rest.",
])
func plainProsePassesThrough(_ text: String) throws {
  #expect(try normalized(text) == text)
}

@Test(arguments: [
  // Words written in capitals are said as words when they can be: a shout, a headline.
  ("\"I WILL NOT GO,\" he shouted.", "\"I WILL NOT GO,\" he shouted."),
  ("FLOODS REACH THE NORTH COAST", "FLOODS REACH THE NORTH COAST"),
  // Between lower-case words eSpeak NG would spell it, so it is written in lower case.
  ("It was a MIX of luck and nerve.", "It was a mix of luck and nerve."),
  ("The ALPHA release ships soon.", "The ALPHA release ships soon."),
  // Capitals that are not words are still spelled.
  ("The ISBN and the IPCC report.", "The I S B N and the I P C C report."),
])
func capitalWordsStayWords(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  // "No." before the pronoun "I" is the word no, not "number".
  ("\"No. I refuse.\"", "\"No. I refuse.\""),
  ("He wore No. 9 all season.", "He wore number nine all season."),
  // An abbreviation's period before an amount does not end the sentence.
  ("It costs approx. $40 a night.", "It costs approximately forty dollars a night."),
])
func abbreviationsInContext(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  ("<sigh/>", "<sigh/>"),
  ("wait <beep/> now", "wait <beep/> now"),
  ("wait<beep/>now", "wait<beep/>now"),
  ("<whisper> quiet please </whisper>", "<whisper> quiet please </whisper>"),
  ("<b>42</b>", "<b> forty two </b>"),
  // Not tags: an address in angle brackets, comparisons.
  ("if x < y and y > z", "if x < y and y > z"),
])
func markupTagsStayAsWritten(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  // "C" or "F" glued to a number is a temperature only with a cue for one.
  (
    "Forecasters expect highs of 31C (88F).",
    "Forecasters expect highs of thirty one degrees Celsius (eighty eight degrees Fahrenheit)."
  ),
  (
    "Overnight it fell to -12C in the valley.",
    "Overnight it fell to minus twelve degrees Celsius in the valley."
  ),
  ("It will feel 2C warmer tomorrow.", "It will feel two degrees Celsius warmer tomorrow."),
  ("Her ticket said seat 22C, his Flat 4F.", "Her ticket said seat twenty two C, his Flat four F."),
  // A glued "in" is inches.
  ("The 5ft 9in winger signed.", "The five feet nine inches winger signed."),
])
func temperaturesAndInchesByContext(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  (
    "The poet (2 June 1840 – 11 May 1901) wrote odes.",
    "The poet (the second of June eighteen forty to the eleventh of May nineteen oh one) wrote odes."
  ),
  (
    "A weaver (fl. 1610–1630) and a mason (b. 1702).",
    "A weaver (flourished sixteen ten to sixteen thirty) and a mason (born seventeen oh two)."
  ),
  (
    "The mill stands at 53°48′N 1°33′W.",
    "The mill stands at fifty three degrees forty eight minutes north one degree thirty three minutes west."
  ),
  // A dash that is not between numbers stays.
  (
    "It rained on 3 May \u{2013} the day of the fair.",
    "It rained on the third of May \u{2013} the day of the fair."
  ),
])
func referenceStyleDatesAndPlaces(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  // Old book conventions.
  ("They wed in the 1790's, in the spring.", "They wed in the seventeen nineties, in the spring."),
  ("That was 1990's best harvest.", "That was nineteen ninety's best harvest."),
  ("He wrote on the 2d of June.", "He wrote on the second of June."),
  ("VOL. II.", "volume two."),
  ("Compare the map, cf. Hughes.", "Compare the map, compare Hughes."),
  (
    "The estate, viz. the mill and farm, was sold.",
    "The estate, namely the mill and farm, was sold."
  ),
])
func oldBookConventions(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  // Reference-text conventions: bare "vol", "jr", "bros"; densities agree with the number.
  ("Collected Letters, vol 3, was reissued.", "Collected Letters, volume three, was reissued."),
  ("He met Hal Ross jr at the depot.", "He met Hal Ross junior at the depot."),
  ("It was signed by Marsh bros Records.", "It was signed by Marsh brothers Records."),
  (
    "A density of 212.5/km2 is high.",
    "A density of two hundred twelve point five per square kilometers is high."
  ),
  ("That is 1/km2 at most.", "That is one per square kilometer at most."),
  // British spellings the American voice says differently.
  ("They stabilised the behavioural model.", "They stabilized the behavioral model."),
  ("The BATCH job ran.", "The BATCH job ran."),
])
func referenceConventions(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  // A ruler not in the table, known by the realm or title after the numeral.
  ("Ramses XI of Egypt was the last.", "Ramses the eleventh of Egypt was the last."),
  ("It passed to Odo IV, Count of Blois.", "It passed to Odo the fourth, Count of Blois."),
  ("Bread, cheese, etc are sold.", "Bread, cheese, etcetera are sold."),
])
func rulersAndLists(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  // A hyphenated code that goes on past two numbers is not a range.
  ("Part 7-220-kx-4 failed.", "Part seven-two hundred twenty-kx-four failed."),
  ("Aged 7-12 only.", "Aged seven to twelve only."),
  // A spaced scale letter after money only at the end of a clause.
  ("The deal is worth £40 m.", "The deal is worth forty million pounds."),
  ("It is $3 b, roughly.", "It is three billion dollars, roughly."),
])
func codesAndScales(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  // Shouting and headlines in capitals keep their words.
  ("\"I BET HE KNEW,\" she said.", "\"I BET HE KNEW,\" she said."),
  ("\"ME TOO!\" cried the boy.", "\"ME TOO!\" cried the boy."),
  ("PRICES GO DOWN AGAIN", "PRICES GO DOWN AGAIN"),
  ("The SEC fined the bank.", "The S E C fined the bank."),
  // Words that look like abbreviations or numerals in ordinary sentences.
  ("It is the essay I wrote last spring.", "It is the essay I wrote last spring."),
  ("This is the article I wrote.", "This is the article I wrote."),
  ("The planet circles the Sun.", "The planet circles the Sun."),
  ("Open Sat. and Sun. only.", "Open Saturday and Sunday only."),
  ("In Latin, non est.", "In Latin, non est."),
  ("Adore, v.: to worship.", "Adore, v.: to worship."),
  ("The case Fox v. Lane was heard.", "The case Fox versus Lane was heard."),
])
func shoutsAndLookalikes(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  // "m", "bn" and "k" glued to a number before things counted are scale words.
  ("The app has 3.4m users.", "The app has three point four million users."),
  ("Some 12k fans came.", "Some twelve thousand fans came."),
  ("About 1.2m people left.", "About one point two million people left."),
  // A measure before the noun it describes takes the singular unit, as a newsreader says it.
  ("The 400m relay was won.", "The four hundred meter relay was won."),
])
func newsStyleCounts(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  // "march" and "may" in lower case are verbs, unless a day comes first.
  ("They may march 30 miles today.", "They may march thirty miles today."),
  ("It opened on 9 may 2011.", "It opened on the ninth of May twenty eleven."),
  ("It was ranked no. 2 in the poll.", "It was ranked number two in the poll."),
  ("She is 5 ft 6 in tall.", "She is five feet six inches tall."),
  ("Dial the area code 415 first.", "Dial the area code four one five first."),
])
func verbsLowerCaseNumbersAndHeights(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}

@Test(arguments: [
  // Possessives of spelled abbreviations keep their "'s" (eSpeak NG drops it).
  ("The IMF's forecast fell.", "The I M F's forecast fell."),
  ("NASA's probe launched.", "NASA's probe launched."),
  // A capitalized "The" before "St." is not a name the street could follow.
  ("The St. Clair River froze.", "The Saint Clair River froze."),
])
func possessivesAndSaints(_ written: String, _ spoken: String) throws {
  #expect(try normalized(written) == spoken)
}
