import Testing

@testable import Narration

// Isotopes and school grades as news and reference text prints them and a newsreader says
// them. The sentences are invented for these tests.

@Test(arguments: [
  ("The reactor burns uranium-238 slowly.", "The reactor burns uranium two thirty eight slowly."),
  ("Doctors gave her iodine-125 seeds.", "Doctors gave her iodine one twenty five seeds."),
  ("Plutonium-239 was found nearby.", "Plutonium two thirty nine was found nearby."),
  ("It holds caesium-137, they said.", "It holds caesium one thirty seven, they said."),
  // A symbol before a dash is as often a model, and stays.
  ("A B-52 flew over.", "A B-fifty two flew over."),
])
func isotopesByTheirMassNumber(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}

@Test(arguments: [
  ("The district runs K-12 schools.", "The district runs K through twelve schools."),
  ("It teaches grades K-5 only.", "It teaches grades K through five only."),
  // Without grades before it, a small number is no span of grades.
  ("A K-9 team searched the car.", "A K-nine team searched the car."),
])
func gradesFromKindergarten(_ written: String, _ spoken: String) throws {
  #expect(try NormalizerFixture.normalizer().normalize(written) == spoken)
}
