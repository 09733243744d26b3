import Testing

@testable import Narration

/// The words a page's metadata text is compared by.
@Suite struct ReferenceTextTests {
  @Test func wordsAreTheRunsOfLettersAndDigitsThatAPlainSplitReads() {
    for text in LanguageGuessTests.mixedTexts() {
      let plain = text.lowercased().split { !$0.isLetter && !$0.isNumber }
      #expect(ReferenceText.words(of: text) == plain, "\(text.debugDescription.prefix(200))")
    }
    #expect(
      ReferenceText.words(of: "Ferry’s 2nd run, café") == ["ferry", "s", "2nd", "run", "café"])
  }
}
