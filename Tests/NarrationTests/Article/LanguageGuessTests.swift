import Testing

@testable import Narration

@Suite struct LanguageGuessTests {
  static let german = """
    Der Stadtrat hat am Dienstag beschlossen, die alte Markthalle am Hafen wieder zu öffnen, \
    und die Arbeiten sollen im März beginnen. Die Händler, die vor der Schließung einen Stand \
    hatten, werden zuerst gefragt, und die Mieten bleiben nach Angaben der Stadt auf dem alten \
    Stand. Auch das eiserne Dach und die Uhr, die im Jahr 1998 restauriert wurden, sollen \
    erhalten bleiben, wie der Bürgermeister bei der Sitzung sagte.
    """
  static let french = """
    Le conseil municipal a décidé mardi de rouvrir la vieille halle du port, et les travaux \
    doivent commencer en mars. Les commerçants qui avaient un étal avant la fermeture seront \
    consultés en premier, et les loyers resteront au niveau ancien selon la ville. Le toit en \
    fer et l'horloge, qui ont été restaurés en 1998, seront aussi conservés, a dit le maire \
    pendant la séance.
    """
  static let spanish = """
    El ayuntamiento decidió el martes reabrir el viejo mercado del puerto, y las obras deben \
    comenzar en marzo. Los comerciantes que tenían un puesto antes del cierre serán consultados \
    primero, y los alquileres se mantendrán en el nivel anterior según la ciudad. El techo de \
    hierro y el reloj, que fueron restaurados en 1998, también se conservarán, dijo el alcalde \
    durante la sesión.
    """

  @Test func guessesTheLanguageOfADumpFromItsStopWords() throws {
    for (text, language) in [(Self.german, "de"), (Self.french, "fr"), (Self.spanish, "es")] {
      let article = try ArticleFixtures.clean(text: text).article
      #expect(article.language == language)
    }
    let english = try ArticleFixtures.clean(try ArticleFixtures.document("harbor-dump.txt"))
    #expect(english.article.language == "en")
  }

  @Test func theLanguageOptionWinsAndShortTextsAreNotGuessed() throws {
    let options = CleaningOptions(language: "de-AT")
    #expect(
      try ArticleFixtures.clean(text: Self.german, options: options).article.language == "de-AT")
    let guess = LanguageGuess(stopWords: try CleaningRules.bundled().stopWords)
    #expect(guess.language(of: "Harbor ferry timetable") == nil)
    #expect(guess.language(of: "東京の港で新しいフェリーが運航を始めました。") == "ja")
  }
}
