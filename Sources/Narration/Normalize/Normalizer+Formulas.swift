/// Readers for chemistry: formulas symbol by symbol ("H2SO4", "CO2") and isotopes
/// ("uranium-235").
extension Normalizer {
  /// Reads a chemical formula symbol by symbol: "H2SO4" → "H two S O four", "CO2" → "C O two".
  ///
  /// The letters and digits glued together must be element symbols (elements.tsv) and counts
  /// below 100, with two capitals side by side that eSpeak NG could read as a word ("SO", "CO").
  /// It takes two counts or more ("H2SO4"), symbols after a count ("N2O"), or one group of two
  /// or three symbols and one count from 2 to 9 ("SO2", "NH3"; not "COP26").
  func readFormula(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.isNumber(index + 1), stream.startsFree(index),
      let first = stream[index]?.text.utf8.first, first >= UInt8(ascii: "A"),
      first <= UInt8(ascii: "Z")
    else { return nil }
    var parts: [String] = []
    var end = index
    var counts = 0
    var largest = 0
    var symbolsAfterCount = false
    var adjacentCapitals = false
    while let token = stream[end], token.kind == .word || token.kind == .number {
      if token.kind == .number {
        guard token.text.count <= 2, !token.text.hasPrefix("0"), let value = Int(token.text)
        else { return nil }
        parts.append(NumberSpeller.cardinal(value))
        counts += 1
        largest = max(largest, value)
      } else {
        guard let symbols = elementSymbols(token.text) else { return nil }
        if counts > 0 { symbolsAfterCount = true }
        if zip(token.text, token.text.dropFirst()).contains(where: {
          $0.isUppercase && $1.isUppercase
        }) {
          adjacentCapitals = true
        }
        parts += symbols
      }
      end += 1
    }
    let symbolCount = parts.count - counts
    guard adjacentCapitals, stream.endsFree(end),
      !stream.isMark(end, ".") || !stream.isNumber(end + 1),
      counts >= 2 || symbolsAfterCount
        || ((2...3).contains(symbolCount) && (2...9).contains(largest))
    else { return nil }
    return Reading(spoken: parts.joined(separator: " "), end: end)
  }

  /// The element symbols a word is made of ("SO" → "S", "O"; "NaCl" → "Na", "Cl"), or nil.
  private func elementSymbols(_ word: String) -> [String]? {
    var symbols: [String] = []
    var rest = Substring(word)
    while let first = rest.first {
      guard first.isASCII, first.isUppercase else { return nil }
      let two = rest.prefix(2)
      if two.count == 2, two.last?.isLowercase == true, tables.elements.contains(String(two)) {
        symbols.append(String(two))
        rest = rest.dropFirst(2)
      } else if tables.elements.contains(String(first)) {
        symbols.append(String(first))
        rest = rest.dropFirst()
      } else {
        return nil
      }
    }
    return symbols
  }

  /// Reads an element's name with a dash and its mass number as an isotope, the number in
  /// pairs as scientists say it: "uranium-235" → "uranium two thirty five", "Carbon-14" →
  /// "Carbon fourteen".
  ///
  /// Only names (elements.tsv): symbols before a dash are as often models ("B-52", "F-16").
  func readIsotope(_ stream: TokenStream, at index: Int) -> Reading? {
    // (Cheap test first: most words have no dash after them.)
    guard stream.text(index + 1) == "-", let mass = stream[index + 2], mass.kind == .number,
      (1...3).contains(mass.text.count), !mass.text.hasPrefix("0"),
      tables.elementNames.contains(stream.text(index).lowercased()), stream.startsFree(index),
      stream.endsFree(index + 3), !stream.isMark(index + 3, "-"),
      !(stream.isMark(index + 3, ".,") && stream.isNumber(index + 4))
    else { return nil }
    return Reading(spoken: stream.text(index) + " " + houseNumber(mass.text), end: index + 3)
  }
}
