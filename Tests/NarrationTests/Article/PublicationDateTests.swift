import Testing

@testable import Narration

/// The cheap scans in front of the date expressions: they must never turn away a text in which
/// the expressions find a date, and should turn away the dateless lines they are there for.
@Suite struct PublicationDateTests {
  static let months = ["Nov", "November", "nov.", "SEPT", "May", "june", "Jul.", "DECEMBER"]
  static let days = ["1", "09", "28", "3rd", "21st", "31", "7th"]
  static let years = ["2026", "1999", "2200", "1850"]

  /// Invented texts with dates in every form the expressions read, and near misses: labels,
  /// times and counts around them, days after years, numbers of other lengths, other digits.
  static var texts: [String] {
    var texts: [String] = []
    for month in months {
      for day in days {
        for year in years {
          texts += [
            "\(month) \(day), \(year)", "\(day) \(month) \(year)", "\(day). \(month) \(year)",
            "\(day) of \(month), \(year)", "Published \(month) \(day), \(year) at 4:56 p.m.",
            "Updated: Tuesday, \(day) \(month) \(year) | 10:00", "on \(month)  \(day)  \(year)",
            "\(month) \(year) (\(day))", "\(year) \(month) \(day)", "\(month) \(day)\(year)",
            "\(month) \(day), \(year)0", "\(month) \(day), \(year)th", "\(month) \(day)0, \(year)",
            "Page \(day) of \(month) \(year)s", "\(month) \(day), ٢٠٢٦", "٢٨ \(month) \(year)",
            "\(month)\(day), \(year)", "Post \(day) · \(month) \(year)",
          ]
        }
      }
    }
    for year in years {
      texts += [
        "\(year)-11-28", "\(year)/4/9", "\(year).11.28 08:00", "\(year)-11-28T09:30:00Z",
        "\(year)-11-28T09:30:00.250+01:00", "Filed \(year)-1-2", "\(year)-11", "12/\(year)",
      ]
    }
    return texts
  }

  @Test func theCheapTestPassesEveryDateTheExpressionsRead() {
    let dates = PublicationDate()
    var read = 0
    for text in Self.texts where dates.read(text) != nil {
      read += 1
      #expect(PublicationDate.mayParse(text), "\(text)")
      #expect(dates.parse(text) == dates.read(text), "\(text)")
    }
    // The invented texts hold many dates, and many texts without one.
    #expect(read > Self.texts.count / 4)
    #expect(read < Self.texts.count * 3 / 4)
  }

  @Test func theCheapTimestampTestPassesEveryTimestampTheExpressionReads() {
    let dates = PublicationDate()
    var texts: [String] = []
    for label in ["", "Updated ", "posted: ", "PUBLISHED ", "Iwona ", "By ", "at "] {
      for time in [
        "12:22 AM", "9:05pm EST", "7 a.m.", "11:59:30", "5 hours ago", "an hour ago",
        "about 3 days ago", "One week ago", "over 2 years ago", "almost a minute ago", "just now",
        "Yesterday", "today", "Now", "١٢:٣٠", "May 30, 2019 at 1:06 PM", "12 comments",
      ] {
        texts += [label + time, label + time.uppercased(), label + time.lowercased()]
      }
    }
    var read = 0
    for text in texts where dates.readsTimestamp(text) {
      read += 1
      #expect(PublicationDate.mayBeTimestamp(text), "\(text)")
      #expect(dates.isTimestamp(text), "\(text)")
    }
    #expect(read > texts.count / 4)
    #expect(read < texts.count * 3 / 4)
    #expect(!PublicationDate.mayBeTimestamp("IwonaMay 30, 2019 at 1:06 PM"))
    #expect(!PublicationDate.mayBeTimestamp("By 9:30 the ferry had left"))
  }

  @Test func theOpeningsTheDateLineExpressionAlwaysReadsAreToldWithoutIt() {
    let dates = PublicationDate()
    var told = 0
    for text in Self.texts + ["Iwona May 30, 2019", "Marchers 2019", "Ma", "7", "Décembre 2026"] {
      guard PublicationDate.opensWithDigitOrMonth(text) else { continue }
      told += 1
      #expect(dates.hasDateLinePrefix(text), "\(text)")
    }
    #expect(told > Self.texts.count / 4)
    #expect(!PublicationDate.opensWithDigitOrMonth("Iwona May 30, 2019"))
    #expect(!PublicationDate.opensWithDigitOrMonth("Published Nov 28, 2026"))
    #expect(dates.hasDateLinePrefix("Published Nov 28, 2026"))
  }

  @Test func dateLinesAreReadAsBefore() {
    let dates = PublicationDate()
    #expect(dates.dateLine("Published Nov 28, 2026") == dates.read("Published Nov 28, 2026"))
    #expect(dates.dateLine("21 August 2019, 7:40am") == dates.read("21 August 2019, 7:40am"))
    #expect(dates.dateLine("21 August 2019, 7:40am") != nil)
    #expect(dates.dateLine("2026-11-28T09:30:00Z") != nil)
  }

  @Test func linesWithAYearAndNoDayAreTurnedAway() {
    let dates = PublicationDate()
    for text in ["March 2019 (12)", "December 2026", "Marchers 2019", "Page 2019 of 12"] {
      #expect(!PublicationDate.mayParse(text), "\(text)")
      #expect(dates.read(text) == nil, "\(text)")
      #expect(dates.dateLine(text) == nil, "\(text)")
    }
    #expect(PublicationDate.hasDayBeforeYear("Nov 28, 2026"))
    #expect(PublicationDate.hasDayBeforeYear("3 May 1999"))
    #expect(!PublicationDate.hasDayBeforeYear("1999 May 3"))
    #expect(!PublicationDate.hasDayBeforeYear("Nov 128, 2026"))
    #expect(!PublicationDate.hasDayBeforeYear("Nov 28, 20260"))
  }

  @Test func theByteScanReadsTheMonthDayYearDatesTheExpressionReads() {
    let dates = PublicationDate()
    var random = ASCIIWordTests.Seeded(state: 13)
    // Invented texts of printable ASCII: month names whole, short, cut off or run on, in any
    // case; numbers of one to five digits; ordinals; and what may stand between them.
    let pieces = [
      "Jan", "january", "FEB", "Febr", "mar", "March", "Marc", "may", "June", "jun", "Junee",
      "jul", "July", "aug", "August", "Sep", "Sept", "sept.", "Septem", "September", "oct",
      "Nov", "november", "Dec.", "DECEMBER", "1", "4", "12", "28", "123", "2026", "1999", "20260",
      "st", "ND", "rd", "th", "x", "of", "_", "a", ",", ".", " ", " ", " ", "  ", "\t", "-", "(",
      "Updated", "On",
    ]
    // Half the texts are built slot by slot in the shape of a date, each slot now and then
    // holding what breaks it.
    let slots = [
      ["", "", "Updated ", "x", "_", "4", "On\t", "(", "a-"],
      [
        "Jan", "january", "FEB", "mar", "March", "Marc", "may", "June", "Junee", "Sept", "sept",
        "Septem", "September", "Nov", "DECEMBER", "Dec", "of",
      ],
      ["", "", ".", "..", "x"],
      [" ", " ", "  ", "\t", "", "-"],
      ["1", "4", "12", "28", "123", "", "x"],
      ["", "", "st", "ND", "rd", "th", "x", "s"],
      ["", ",", ",", ".", ",,"],
      [" ", " ", "  ", "\t ", "", ","],
      ["2026", "1999", "20260", "202", "2026x", "2026_", "2026-", "2026."],
      ["", "", " 10:00", "x", " Nov 4, 2025", ",", "5"],
    ]
    var found = 0
    for number in 0..<20_000 {
      let text: String
      if number % 2 == 0 {
        text = slots.map { $0[Int.random(in: 0..<$0.count, using: &random)] }.joined()
      } else {
        let count = number % 100 == 1 ? 60 : Int.random(in: 1..<12, using: &random)
        text = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }
          .joined()
      }
      #expect(PublicationDate.isPlainASCII(text))
      let scanned = PublicationDate.firstMonthDayYear(text)
      let read = dates.monthDayYearByExpression(text)
      #expect(
        scanned?.month == read?.month && scanned?.day == read?.day && scanned?.year == read?.year,
        "\(text.debugDescription)")
      if read != nil { found += 1 }
    }
    // Enough of the texts hold a date that the comparison tells something.
    #expect(found > 1_000, "\(found)")
    #expect(!PublicationDate.isPlainASCII("Nov\u{A0}28, 2026"))
    #expect(!PublicationDate.isPlainASCII("Nov 28,\n2026"))
  }
}
