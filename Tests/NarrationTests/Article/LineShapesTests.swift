import Testing

@testable import Narration

/// What single lines of a dump are by their shape: the items of a list, the words a line opens
/// or ends with.
@Suite struct LineShapesTests {
  @Test(arguments: [
    ("The crews met at the quay.[IMG_2041-scaled]", true),
    ("The crews met at the quay![Crews at the quay]", true),
    ("The ferry first sailed in 1998.[2]", true), ("The ferry first sailed in 1998.^[2]", true),
    ("Photos of the quay [IMG_2041]", false), ("[IMG_2041]", false),
    ("The crews met at the quay [2]", false),
  ])
  func aStopBeforeANoteInBracketsEndsTheSentence(line: String, ends: Bool) {
    // w3m glues an image's name to the sentence before it; a reference mark follows one.
    #expect(LineSignals(line).endsSentence == ends)
  }

  @Test func listItemsLoseTheirMarkers() {
    for bullet in TextDumpCleaner.bullets {
      #expect(TextDumpCleaner.listItemText(bullet + "Ferry times") == "Ferry times", "\(bullet)")
    }
    #expect(TextDumpCleaner.listItemText("1. Ferry times") == "Ferry times")
    #expect(TextDumpCleaner.listItemText("12) Ferry times") == "Ferry times")
    for line in [
      "Ferry times", "123. Ferry times", "1.5 million", "-5 degrees", "*Note", "é", "(1) a", "",
    ] {
      #expect(TextDumpCleaner.listItemText(line) == nil, "\(line)")
    }
  }

  @Test func prefixesAndSuffixesAreComparedInEitherCase() {
    #expect(TextDumpCleaner.hasPrefixIgnoringCase("By Jane Doe", "by "))
    #expect(TextDumpCleaner.hasPrefixIgnoringCase("BY: Jane Doe", "by: "))
    #expect(!TextDumpCleaner.hasPrefixIgnoringCase("By", "by "))
    #expect(!TextDumpCleaner.hasPrefixIgnoringCase("Bÿ Jane", "by "))
    #expect(TextDumpCleaner.hasSuffixIgnoringCase("5 hours AGO", "ago"))
    #expect(TextDumpCleaner.hasSuffixIgnoringCase("ago", "ago"))
    #expect(!TextDumpCleaner.hasSuffixIgnoringCase("go", "ago"))
    #expect(!TextDumpCleaner.hasSuffixIgnoringCase("5 hours agó", "ago"))
    #expect(!TextDumpCleaner.hasSuffixIgnoringCase("ago now", "ago"))
  }

  @Test func timesAreMaybeFoundByADigitOrAWordOfTheirOwn() {
    for line in ["12:30", "5 hours ago", "2 HOURS AGO", "Just now", "YESTERDAY", "today", "Now"] {
      #expect(TextDumpCleaner.mayBeTime(line, LineSignals(line)), "\(line)")
    }
    for line in ["Home", "Menu", "Nowhere", "Today's paper", "Chicago?", "", "Saturday"] {
      #expect(!TextDumpCleaner.mayBeTime(line, LineSignals(line)), "\(line)")
    }
  }
}
