import Foundation
import Testing

@testable import Narration

// The sentences are of the kinds news, books and encyclopedias print, all invented, and are
// read the way a newsreader says them.

@Test(arguments: [
  ("She ran a 100m sprint.", "She ran a hundred meter sprint."),
  ("It was a 5 km walk.", "It was a five kilometer walk."),
  ("The 200m final starts soon.", "The two hundred meter final starts soon."),
  ("a 1000km journey", "a thousand kilometer journey"),
  ("They built a 3 m wall.", "They built a three meter wall."),
  // Quantities keep the plural.
  ("He ran 100m in ten seconds.", "He ran one hundred meters in ten seconds."),
  (
    "She won the 400m and the 800m.",
    "She won the four hundred meters and the eight hundred meters."
  ),
  ("He is 1.8m tall.", "He is one point eight meters tall."),
  ("a 5km or so", "a five kilometers or so"),
])
func measuresBeforeANoun(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The bus leaves at 6.30 and arrives at 9.15.",
    "The bus leaves at six thirty and arrives at nine fifteen."
  ),
  ("We met at about 10.45 in the morning.", "We met at about ten forty five in the morning."),
  ("The bar is open until 23.00 tonight.", "The bar is open until twenty three hundred tonight."),
  ("Come round at 7.00.", "Come round at seven o'clock."),
  ("Open from 9.30 to 5.30 daily.", "Open from nine thirty to five thirty daily."),
  // Prices, rates and odd minutes stay decimals.
  ("Shares traded at 6.30 on Monday.", "Shares traded at six point three oh on Monday."),
  ("Mortgage rates stood at 6.50 percent.", "Mortgage rates stood at six point five oh percent."),
  ("The index ended at 4.37.", "The index ended at four point three seven."),
  ("It peaked at 2.25 million.", "It peaked at two point two five million."),
  ("It rose from 2.50 to 3.50.", "It rose from two point five oh to three point five oh."),
])
func britishTimesWithAPoint(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "Polls close at 11:59:59 p.m. on Friday.",
    "Polls close at eleven fifty nine and fifty nine seconds p.m on Friday."
  ),
  ("She finished in 2:03:45.", "She finished in two hours three minutes and forty five seconds."),
])
func timesToTheSecond(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Final Fantasy VII of Square was a hit.", "Final Fantasy seven of Square was a hit."),
  ("Pharaoh Ramses XI of Egypt ruled.", "Pharaoh Ramses the eleventh of Egypt ruled."),
  ("Odo IV of Blois died.", "Odo the fourth of Blois died."),
])
func rulersAndTitles(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The town lies at 48.85° N, 2.35° E.",
    "The town lies at forty eight point eight five degrees north, two point three five degrees east."
  ),
  ("The bearing was 270° W.", "The bearing was two hundred seventy degrees west."),
])
func decimalCoordinates(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("MAX power returned.", "max power returned."),
  ("They left. GET out, he said.", "They left. get out, he said."),
  ("The FBI DID not comment.", "The F B I did not comment."),
  // Headlines in capitals stay as written.
  ("FBI SAYS MAN WAS ARMED", "F B I SAYS MAN WAS ARMED"),
])
func everydayWordsInCapitalsAtTheStartOrAfterAnAcronym(_ written: String, _ spoken: String)
  throws
{
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The fort fell in 410 AD.", "The fort fell in four ten A.D."),
  ("It was built around 2500 BC.", "It was built around twenty five hundred B C."),
  ("Rome burned in AD 64.", "Rome burned in A.D sixty four."),
  ("He died c. 500 B.C. at home.", "He died circa five hundred B C at home."),
  ("The town had 340 houses.", "The town had three hundred forty houses."),
])
func yearsOfAnEra(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("9/10 voters agree.", "nine out of ten voters agree."),
  ("It won 4/5 stars.", "It won four out of five stars."),
  ("Add 3/4 cups of milk.", "Add three quarters cups of milk."),
  ("Only 1/3 of them came.", "Only one third of them came."),
])
func fractionsOfPeopleAndOfMeasures(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("\"Room 101,\" she said.", "\"Room one oh one,\" she said."),
  ("Flight 1549 landed.", "Flight fifteen forty nine landed."),
  ("Flight BA 117 left.", "Flight B.A one seventeen left."),
  ("She waited in room 12.", "She waited in room twelve."),
])
func roomsAndFlightsInPairs(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "Henry VIII (r. 1509–1547) ruled.",
    "Henry the eighth (reigned fifteen oh nine to fifteen forty seven) ruled."
  ),
  ("The Boeing 737 was grounded.", "The Boeing seven thirty seven was grounded."),
  ("At 12:00 noon the bell rang.", "At twelve noon the bell rang."),
  ("Msgr. Kelly met Atty. Gen. Reno.", "Monsignor Kelly met Attorney General Reno."),
  ("The Rt. Hon. member spoke.", "The Right Honorable member spoke."),
  ("The U.S. Rep. from Ohio spoke.", "The U S Representative from Ohio spoke."),
  ("Sam Cole, Jr., was born in 1929.", "Sam Cole, Junior, was born in nineteen twenty nine."),
])
func referenceAndTitleAbbreviations(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Malcolm X spoke in 1964.", "Malcolm X spoke in nineteen sixty four."),
  ("Malcolm III ruled Scotland.", "Malcolm the third ruled Scotland."),
  ("He filed a Form 10-K.", "He filed a Form ten-K."),
  ("The 1st–3rd places went to Kenya.", "The first to third places went to Kenya."),
  ("It is worth £1.5bn-£2bn.", "It is worth one point five billion pounds to two billion pounds."),
])
func lettersFormsAndRanges(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Follow #Election2024 today.", "Follow hashtag Election twenty twenty four today."),
  ("The hashtag #SaveTheBees trended.", "The hashtag Save The Bees trended."),
  ("Ask @CityNewsDesk now.", "Ask at City News Desk now."),
  ("Ask @ABCWeather now.", "Ask at ABC Weather now."),
  ("Read #COVID19 news.", "Read hashtag COVID nineteen news."),
])
func handlesAndHashtags(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("\"Ha! HA! HA!\" laughed the man.", "\"Ha! HA! HA!\" laughed the man."),
  ("See README.DOS first.", "See README.DOS first."),
  ("Report bugs to GNOME.", "Report bugs to GNOME."),
])
func shoutsAndFileNamesStayAsWritten(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The fair runs from 1 to 5 May.", "The fair runs from the first to the fifth of May."),
  ("It is on Sat 14 June.", "It is on Saturday the fourteenth of June."),
  ("See you Mon Dec 4 at noon.", "See you Monday December fourth at noon."),
  ("He scored 1 to 5 goals.", "He scored one to five goals."),
])
func dayRangesAndWeekdaysBeforeDates(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The ACLU sued the city.", "The A.C.L.U sued the city."),
  ("The KANU party won.", "The KANU party won."),
])
func acronymsEndingInU(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Open 8 a.m.-5 p.m. weekdays.", "Open eight a.m to five p.m weekdays."),
  ("It hit at 0630 local time.", "It hit at oh six thirty local time."),
  ("The alarm went at 0545.", "The alarm went at oh five forty five."),
  ("Call Room 0630 now.", "Call Room oh six three oh now."),
])
func timeRangesAndTwentyFourHourTimes(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  (
    "The town was founded in 1850.[1] It grew.[2][3]",
    "The town was founded in eighteen fifty. It grew."
  ),
  ("He wrote 12 novels[4] and 3 plays.", "He wrote twelve novels and three plays."),
  ("Set x[1] = 5 first.", "Set x[one] equals five first."),
  ("Time zone UTC+1", "Time zone U T C plus one"),
])
func footnoteMarksAndTimeOffsets(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("She won the 110m hurdles.", "She won the one hundred ten meter hurdles."),
  ("Viewers fell to 7.6m people.", "Viewers fell to seven point six million people."),
])
func raceNamesAreNotScales(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("It is a 50-50 chance.", "It is a fifty fifty chance."),
  ("It ended 3 - 3 at home.", "It ended three to three at home."),
])
func setPhrasesWithAHyphen(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Thank you, James. I will go.", "Thank you, James. I will go."),
  ("\"Henry I think is right,\" she said.", "\"Henry I think is right,\" she said."),
  ("Mary I know well.", "Mary I know well."),
  ("Elizabeth I was queen.", "Elizabeth the first was queen."),
  ("Vol. I of the set.", "volume one of the set."),
])
func theLonePronounAfterAName(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The town has 10 000 people.", "The town has ten thousand people."),
  ("It covers 45 000 km2.", "It covers forty five thousand square kilometers."),
  ("Call 020 7946 0958 now.", "Call oh two oh, seven nine four six, oh nine five eight now."),
  ("She has 2 kids aged 5 and 7.", "She has two kids aged five and seven."),
])
func thousandsSetApartBySpaces(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}
