import Foundation
import Testing

@testable import Narration

// They are in the styles of news, old books and encyclopedias, and each pins a rule that
// generalizes: how a newsreader says it, or that it stays exactly as written.

@Test(arguments: [
  (
    "The studio will bring Grand Theft Auto V to new consoles.",
    "The studio will bring Grand Theft Auto five to new consoles."
  ),
  ("We played Star Fighter Legends V.", "We played Star Fighter Legends five."),
  // One name before it, initials in a citation, a title that opens the sentence: letters.
  ("It was held by Olivier V de Clisson.", "It was held by Olivier V de Clisson."),
  (
    "Moss A, Perreau VM, Pop V, Cotman C (2005).",
    "Moss A, Perreau V M, Pop V, Cotman C (two thousand five)."
  ),
  ("Final Fantasy V sold well.", "Final Fantasy V sold well."),
])
func aLoneVNumbersATitle(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("She won the 1500m final.", "She won the fifteen hundred meter final."),
  ("He ran the 1500m in record time.", "He ran the fifteen hundred meters in record time."),
  ("The 1200 m climb was hard.", "The twelve hundred meter climb was hard."),
  // Outside the hundreds of a race, and with a comma, the number stays a count.
  ("They swam 1,500 m in all.", "They swam one thousand five hundred meters in all."),
  ("The 2000m final", "The two thousand meter final"),
  ("The ridge is 1550 m high.", "The ridge is one thousand five hundred fifty meters high."),
])
func raceDistancesInHundreds(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The road is shut between 6.30 and 7.45 tonight.",
    "The road is shut between six thirty and seven forty five tonight."
  ),
  (
    "Visits are allowed between 2.15 and 4.00 daily.",
    "Visits are allowed between two fifteen and four o'clock daily."
  ),
  // Not two times: prices, amounts and odd minutes stay decimals.
  (
    "The shares traded between 6.30 and 7.45 all week.",
    "The shares traded between six point three oh and seven point four five all week."
  ),
  (
    "It weighs between 2.25 and 3.50 kg.",
    "It weighs between two point two five and three point five oh kilograms."
  ),
  (
    "The ratio fell between 1.33 and 1.47 last year.",
    "The ratio fell between one point three three and one point four seven last year."
  ),
])
func clockSpansAfterBetween(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Profits at Barker & Co. rose sharply.", "Profits at Barker and Company rose sharply."),
  ("The Western Coal Co. closed its mine.", "The Western Coal Company closed its mine."),
  ("She was born in Co. Kerry in Ireland.", "She was born in County Kerry in Ireland."),
  ("Ca. 200 people came.", "circa two hundred people came."),
  // Without its period "Co" stays as written (a co-chair, the element cobalt).
  ("He is Co Chair of the board.", "He is Co Chair of the board."),
])
func companyCountyAndCirca(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The abbey burned in 1610.[citation needed]", "The abbey burned in sixteen ten."),
  ("It was moved later,[when?] to the coast.", "It was moved later, to the coast."),
  ("The claim[dubious – discuss] was repeated.", "The claim was repeated."),
  ("The term[note 2] is rare.", "The term is rare."),
  ("The city[1][2] grew.", "The city grew."),
  // Brackets spaced from the text, and words in brackets that are no editor's note, stay.
  ("He wrote [citation needed] on the page.", "He wrote [citation needed] on the page."),
  ("The word[sic] was misspelled.", "The word[sic] was misspelled."),
])
func editorsNotesAreNotRead(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "Lindau (German: [ˈlɪndaʊ]) is a town.",
    "Lindau (German: ) is a town."
  ),
  ("Leeds (/liːdz/) is a city.", "Leeds () is a city."),
  // A transcription on its own, or a slash between words, stays.
  ("The sound [ʃ] is common.", "The sound [ʃ] is common."),
  ("[ˈhɛloʊ]", "[ˈhɛloʊ]"),
  ("Use the input/output ports (or both).", "Use the input/output ports (or both)."),
])
func transcriptionsInParenthesesAreNotRead(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("I. INTRODUCTION", "one. INTRODUCTION"),
  ("XII. The Storm at Sea", "twelve. The Storm at Sea"),
  // Initials and the pronoun stay.
  ("V. S. Naipaul wrote it.", "V S Naipaul wrote it."),
  ("I. M. Pei designed it.", "I M Pei designed it."),
  ("I went home. I slept.", "I went home. I slept."),
])
func numberedHeadingsInRomanNumerals(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Signed, Thos. Barlow and Wm. Grant.", "Signed, Thomas Barlow and William Grant."),
  ("Lieut. Harding rode ahead.", "Lieutenant Harding rode ahead."),
  ("He sent for Chas. Moore at once.", "He sent for Charles Moore at once."),
])
func oldShortFormsOfNamesAndRanks(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The Denver 49ers fan club met.", "The Denver forty niners fan club met."),
  ("The 76ers won at home.", "The seventy sixers won at home."),
  ("Henry Wexford III ran the bank.", "Henry Wexford the third ran the bank."),
  ("Robert J. Harlow IV spoke.", "Robert J Harlow the fourth spoke."),
  // A title, not a person: the numeral stays a count.
  ("Space Raiders III sold well.", "Space Raiders three sold well."),
  ("It hit 98 degrees F on Monday.", "It hit ninety eight degrees Fahrenheit on Monday."),
  ("It was 20 degrees C. and sunny.", "It was twenty degrees Celsius and sunny."),
  // "A." before a surname is the letter; eSpeak NG would say the article without its period.
  ("A. Conway Hale wrote it.", "A. Conway Hale wrote it."),
  ("A. J. Marsh wrote it.", "A J Marsh wrote it."),
])
func teamsHeirsScalesAndTheInitialA(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Seti II built a temple.", "Seti the second built a temple."),
  ("Michael VIII took the city.", "Michael the eighth took the city."),
  ("Darius I of Persia ruled.", "Darius the first of Persia ruled."),
  // A common first name before a lone "I" is the pronoun's.
  ("When I asked Michael I was told no.", "When I asked Michael I was told no."),
])
func rulersOutsideTheCommonList(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("She earned a Ph.D. in physics.", "She earned a P H D in physics."),
  ("He holds a Ph.D. He also teaches.", "He holds a P H D. He also teaches."),
  ("She has an M.Sc. from York.", "She has an M S C from York."),
  // Short words after a period that no table lists stay as written.
  ("It was the end.The day began.", "It was the end.The day began."),
])
func degreesWrittenWithPeriods(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("\"Sit down,\" said Jan. \"Now.\"", "\"Sit down,\" said Jan. \"Now.\""),
  ("Tom and Jan. They left early.", "Tom and Jan. They left early."),
  ("They met in Sept. last year.", "They met in September last year."),
  ("Sales rose in Nov. and Dec. again.", "Sales rose in November and December again."),
  ("She paid 5s. for the shawl.", "She paid five shillings for the shawl."),
  ("It cost 1s. and no more.", "It cost one shilling and no more."),
])
func monthsOnlyBesideDatesAndShillingsAlone(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The zone is UTC+01:00 all year.", "The zone is U T C plus one all year."),
  ("It is UTC+5:30 in Delhi.", "It is U T C plus five thirty in Delhi."),
  ("Boston is GMT-5 in winter.", "Boston is G M T minus five in winter."),
  ("The hamlet (pop. 412) is small.", "The hamlet (population four hundred twelve) is small."),
  ("The count (2015 est.) was 9,000.", "The count (twenty fifteen estimate) was nine thousand."),
  ("The inn (est. 1790) still stands.", "The inn (established seventeen ninety) still stands."),
])
func zoneOffsetsAndEncyclopediaAbbreviations(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "It reads the text (i.e. \"a note\") and keeps it.",
    "It reads the text (that is \"a note\") and keeps it."
  ),
  ("Use a tool, e.g. Rake, to build it.", "Use a tool, for example Rake, to build it."),
  // Only the end of the line ends the sentence there.
  ("It is used by build tools, e.g.", "It is used by build tools, for example."),
])
func latinAbbreviationsEndOnlyALine(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("See Ch. XII of the book.", "See chapter twelve of the book."),
  ("In Pt. II the hero dies.", "In part two the hero dies."),
  // A name after the same abbreviation is still a place.
  ("They live at Pt. Reyes.", "They live at Point Reyes."),
])
func romanNumeralsAfterAbbreviatedNouns(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The Hu dynasty (618–907) grew rich.",
    "The Hu dynasty (six eighteen to nine oh seven) grew rich."
  ),
  (
    "Queen Edda (849–899) ruled long.",
    "Queen Edda (eight forty nine to eight ninety nine) ruled long."
  ),
  (
    "The abbot (c. 538 – 594) wrote it.",
    "The abbot (circa five thirty eight to five ninety four) wrote it."
  ),
  ("The Lo period (960–1279) ended.", "The Lo period (nine sixty to twelve seventy nine) ended."),
  // Outside a named span the numbers stay counts.
  ("Read pages 618–907 first.", "Read pages six hundred eighteen to nine hundred seven first."),
  (
    "The range (120–180) is normal.",
    "The range (one hundred twenty to one hundred eighty) is normal."
  ),
])
func threeDigitYearSpansInParentheses(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The line built 35 737 MAX jets.", "The line built thirty five seven thirty seven max jets."),
  // Thousands written with a space stay one number.
  ("About 10 000 people came.", "About ten thousand people came."),
  ("We had 10 000 MAX jets.", "We had ten thousand max jets."),
  ("They hired 12 500 NHS staff.", "They hired twelve thousand five hundred N H S staff."),
])
func spacedThousandsBeforeAModelName(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  // A range of numbers with spaced thousands reads both ends, with the unit after the second.
  (
    "Crowds of 10 000–15 000 gathered.",
    "Crowds of ten thousand to fifteen thousand gathered."
  ),
  (
    "The route is 12 000-14 500 km long.",
    "The route is twelve thousand to fourteen thousand five hundred kilometers long."
  ),
  // A count before a model and its variant is two numbers, not one.
  (
    "The airline ordered 20 737-800 jets.",
    "The airline ordered twenty seven thirty seven eight hundred jets."
  ),
])
func spacedThousandsBeforeADash(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "Police closed the 2400 block of Oak Lane.",
    "Police closed the twenty four hundred block of Oak Lane."
  ),
  ("It happened in the 300 block of Pine.", "It happened in the three hundred block of Pine."),
  // Not a block of a street: a count of blocks stays a cardinal.
  ("They cut 2400 blocks of stone.", "They cut two thousand four hundred blocks of stone."),
])
func cityBlocksByHouseNumber(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("He cited Gen. 1:3 at once.", "He cited Genesis one three at once."),
  ("She read Psalm 23:4 slowly.", "She read Psalm twenty three four slowly."),
  ("See Ps. 23:1–4 for it.", "See Psalm twenty three one to four for it."),
  ("The sign said Luke 2:10.", "The sign said Luke two ten."),
  // Without a book the colon is still a score or a ratio.
  ("They won 3:1 at home.", "They won three to one at home."),
  ("He met Dan 3:1 then.", "He met Dan three to one then."),
])
func chapterAndVerseAfterABookOfTheBible(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The bell struck XII at last.", "The bell struck twelve at last."),
  ("We sang Psalm xxiii twice.", "We sang Psalm twenty three twice."),
  ("Turn to chapter xii now.", "Turn to chapter twelve now."),
  // A capital pair that is no hour, and everyday words in lower case, stay as written.
  ("The storm struck DC hard.", "The storm struck D C hard."),
  ("Add a civil mix.", "Add a civil mix."),
])
func romanNumeralsForHoursAndInLowerCase(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("So began the XIXth century.", "So began the nineteenth century."),
  ("Life in the XXIst century.", "Life in the twenty first century."),
  ("The Ven. Prior was kind.", "The Venerable Prior was kind."),
  // A wrong ending is no ordinal.
  ("The XIXst was odd.", "The XIXst was odd."),
])
func romanOrdinalsAndOldTitles(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}
