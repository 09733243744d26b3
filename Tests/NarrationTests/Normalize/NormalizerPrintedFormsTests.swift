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
