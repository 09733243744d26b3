import Foundation
import Testing

@testable import Narration

// They are in the style of old novels and letters as printed in plain-text editions: stops
// glued to dashes, titles of address, French forms of address.

@Test(arguments: [
  ("Dear brother,—We landed at noon.", "Dear brother, We landed at noon."),
  ("In 1799.—The winter set in early.", "In seventeen ninety nine. The winter set in early."),
  ("He spoke thus:—the river was high.", "He spoke thus: the river was high."),
  ("Run!—they are coming.", "Run! they are coming."),
  ("It rained;——and still we waited.", "It rained; and still we waited."),
  ("So ended the day.–Next morning", "So ended the day. Next morning"),
  // A dash between words, or before a number or a quotation, stays as written.
  ("She paused—then went on.", "She paused—then went on."),
  ("He said.—“Come in.”", "He said.—“Come in.”"),
  ("pages 4.—", "pages four.—"),
])
func aStopGluedToADashKeepsItsPause(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Mr. and Mrs. Pemberton dined early.", "Mister and Misses Pemberton dined early."),
  ("Dr. and Mrs. Harlow sent flowers.", "Doctor and Misses Harlow sent flowers."),
  ("Mme. de Sauveterre was announced.", "Madame de Sauveterre was announced."),
  ("Mlle. Vautrin sang for us.", "Mademoiselle Vautrin sang for us."),
  ("I wrote to Dr. van Riel at once.", "I wrote to Doctor van Riel at once."),
  ("Thomas Hale, Esq., of Bath", "Thomas Hale, Esquire, of Bath"),
  ("His Sonata in A, Op. 47, was new.", "His Sonata in A, opus forty seven, was new."),
  // No name after the title: it stays as written.
  ("It was Mr. and the others.", "It was Mr. and the others."),
  ("the de la Mare poems", "the de la Mare poems"),
])
func titlesOfAddressInOldNovels(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("Chap. IV.", "chapter four."),
  ("See chap. 9 for the map.", "See chapter nine for the map."),
  ("Vol. I. Edinburgh: Printed for W. Blair.", "volume one. Edinburgh: Printed for W Blair."),
  ("CHAPTER I. The Journey", "CHAPTER one. The Journey"),
  ("Your favour of the 3rd inst. came today.", "Your favour of the third instant came today."),
  ("I had your note of the 20th ult.", "I had your note of the twentieth ultimo."),
  // An initial in a name keeps its letter.
  ("Mary V. Holt wrote back.", "Mary V Holt wrote back."),
])
func numberingAndDatingInOldLetters(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The toll was 4d. a head.", "The toll was fourpence a head."),
  ("She gave the boy 1d. for his trouble.", "She gave the boy one penny for his trouble."),
  ("ACT III. Sc. 2.", "ACT three. scene two."),
  ("Lord St. Aubyn rode ahead.", "Lord Saint Aubyn rode ahead."),
  // A street named after a king stays a street.
  ("They kept a shop in King St. by the quay.", "They kept a shop in King Street by the quay."),
])
func penceScenesAndSaintsInOldBooks(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The cook was paid 9s.", "The cook was paid nine shillings."),
  ("He lent me 3s. The rest he kept.", "He lent me three shillings. The rest he kept."),
  ("Nov. 2d, 1790.", "November second, seventeen ninety."),
  ("It was founded MDCCXLI.", "It was founded seventeen forty one."),
  ("See page xiv of the preface.", "See page fourteen of the preface."),
  // Plurals of numbers and of model names stay plurals.
  ("They marched in 4s and 5s.", "They marched in fours and fives."),
  ("The pilots flew F-15s.", "The pilots flew F-fifteens."),
  ("MIX the flour well.", "mix the flour well."),
])
func shillingsOrdinalsAndNumeralYearsInOldBooks(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}
