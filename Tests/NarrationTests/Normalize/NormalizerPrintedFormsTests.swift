import Testing

@testable import Narration

// Forms that news, book and encyclopedia text prints and a newsreader says in words: model
// numbers, early years, French titles, and old British money and weights. The sentences are
// invented for these tests.

@Test(arguments: [
  ("Two 787 MAX 10 jets were ordered.", "Two seven eighty seven max ten jets were ordered."),
  ("The 321 MAX model sold out.", "The three twenty one max model sold out."),
  (
    "An Airbus 380 and a Cessna 152 landed.",
    "An Airbus three eighty and a Cessna one fifty two landed."
  ),
  // A code in capitals before the number, or a name after the word, is no model.
  ("See file QXT 456 AT once.", "See file Q X T four hundred fifty six AT once."),
  ("The 500 MAX OUT banner fell.", "The five hundred MAX OUT banner fell."),
])
func modelNumbersAreSaidInPairs(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The abbey was sacked in 865.", "The abbey was sacked in eight sixty five."),
  ("In 711 the armies crossed over.", "In seven eleven the armies crossed over."),
  (
    "The town stood empty from 536 to 612.",
    "The town stood empty from five thirty six to six twelve."
  ),
  ("Since 962, the crown passed on.", "Since nine sixty two, the crown passed on."),
  ("He wrote it c. 731 at Jarrow.", "He wrote it circa seven thirty one at Jarrow."),
  // Counts stay counts.
  (
    "Prices rose from 536 to 612 this week.",
    "Prices rose from five hundred thirty six to six hundred twelve this week."
  ),
  ("They served in 865 homes.", "They served in eight hundred sixty five homes."),
  ("The risk is one in 865.", "The risk is one in eight hundred sixty five."),
  ("The code CA 865, then", "The code C.A eight hundred sixty five, then"),
])
func threeDigitYearsInProse(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("M. Lavergne bowed to us.", "Monsieur Lavergne bowed to us."),
  ("“Come,” said M. Lavergne.", "“Come,” said Monsieur Lavergne."),
  ("MM. Lavergne and Roux arrived.", "Messieurs Lavergne and Roux arrived."),
  // An initial stays an initial.
  ("Henry M. Lavergne wrote it.", "Henry M Lavergne wrote it."),
  ("P. M. Lavergne wrote it.", "P M Lavergne wrote it."),
])
func frenchTitlesOfOneOrTwoLetters(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("He owed 40l. to the miller.", "He owed forty pounds to the miller."),
  ("It fetched 12l. 6s. at market.", "It fetched twelve pounds six shillings at market."),
  ("She was 9 st. then.", "She was nine stone then."),
  ("He weighed 11 st 6 lb at the end.", "He weighed eleven stone six pounds at the end."),
  // Liters and ordinals stay.
  ("The jug holds 40l. The pan is full.", "The jug holds forty liters. The pan is full."),
  ("the 22 st century", "the twenty two st century"),
  ("They met on Coral St. at noon.", "They met on Coral Street at noon."),
])
func oldBritishMoneyAndWeights(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The Hornets are 4-7 this season.", "The Hornets are four and seven this season."),
  ("Their record is 38-44.", "Their record is thirty eight and forty four."),
  ("They closed with a 9-3 record.", "They closed with a nine and three record."),
  (
    "The Owls are 6-2 at home and 1-3 away.",
    "The Owls are six and two at home and one to three away."
  ),
  ("The team is 5-4 on the road.", "The team is five and four on the road."),
  // Scores, votes and ranges keep "to".
  ("The Hornets won 98-91 on Friday.", "The Hornets won ninety eight to ninety one on Friday."),
  ("They won 2-1 this season at home.", "They won two to one this season at home."),
  ("The score is 3-1 at home.", "The score is three to one at home."),
  ("The council voted 7-2 to approve it.", "The council voted seven to two to approve it."),
  ("She set a record with a 5-0 win.", "She set a record with a five to zero win."),
])
func aTeamsRecordIsSaidWithAnd(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The firm remitted 2,500l. by the mail.",
    "The firm remitted two thousand five hundred pounds by the mail."
  ),
  ("The cart held 4 cwt. of coal.", "The cart held four hundredweight of coal."),
])
func largeSumsAndHundredweights(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("They dined at the Hotel St. Aubin.", "They dined at the Hotel Saint Aubin."),
  ("The ship passed Cape St. Vincent.", "The ship passed Cape Saint Vincent."),
  ("They moved to Fort St. James.", "They moved to Fort Saint James."),
  // After a street's name it stays a street.
  ("She lives on Cedar St. in town.", "She lives on Cedar Street in town."),
])
func saintAfterAPlaceWord(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The tower fell in AD 907.", "The tower fell in A.D nine oh seven."),
  ("A hoard from 302 BC was found.", "A hoard from three oh two B C was found."),
  ("The walls date to AD 350.", "The walls date to A.D three fifty."),
])
func yearsOfAnEraWithAZeroAreSaidWithOh(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The barge carried 500 short tons (454 t).",
    "The barge carried five hundred short tons (four hundred fifty four tonnes)."
  ),
  (
    "Each cask held 9 gallons (41 l) of ale.",
    "Each cask held nine gallons (forty one liters) of ale."
  ),
  // Outside a bracket the letter stays as written.
  ("Plan B had 4 t in it.", "Plan B had four t in it."),
])
func aConversionInBracketsReadsItsUnit(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Rep. Ada Lin (D-N.J.) objected.", "Representative Ada Lin (Democrat of New Jersey) objected."),
  ("Sen. Bo Hart, R-S.C., agreed.", "Senator Bo Hart, Republican of South Carolina, agreed."),
  (
    "The plant is in Durham, N.C., near the river.",
    "The plant is in Durham, North Carolina, near the river."
  ),
  ("She moved to Provo from Newport, R.I.", "She moved to Provo from Newport, Rhode Island."),
  // Elsewhere the letters stay letters.
  ("The N.Y. Post ran it.", "The N Y Post ran it."),
])
func newsAgencyStatesWithInnerPeriods(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The verse is at l. 47 of the poem.", "The verse is at line forty seven of the poem."),
  ("Compare ll. 12–19 with pl. 6.", "Compare lines twelve to nineteen with plate six."),
  (
    "It is in col. 3, para. 2 and eq. 7.",
    "It is in column three, paragraph two and equation seven."
  ),
])
func referencesToLinesPlatesAndColumns(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "Diesel sold for $4.19/gal on Monday.",
    "Diesel sold for four dollars nineteen cents per gallon on Monday."
  ),
  (
    "Crude rose to $91/barrel and steel to $700/ton.",
    "Crude rose to ninety one dollars per barrel and steel to seven hundred dollars per ton."
  ),
  ("The drum holds 55 gal of oil.", "The drum holds fifty five gallons of oil."),
])
func pricesPerGallonBarrelAndTon(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Their 767-3 was retired.", "Their seven sixty seven three was retired."),
  ("A 727-200 sat on the apron.", "A seven twenty seven two hundred sat on the apron."),
  ("The 747-8F took off.", "The seven forty seven eight F took off."),
  // Votes, results and short page ranges stay ranges.
  (
    "The House passed it 405-6 on Friday.",
    "The House passed it four hundred five to six on Friday."
  ),
  ("It was a 212-8 vote.", "It was a two hundred twelve to eight vote."),
  ("See pp. 245-9 for details.", "See pages two hundred forty five to nine for details."),
])
func aModelNumberAndItsVariant(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}
