/// Readers for words: British spellings the American voice would mispronounce, and set
/// phrases joined by a slash ("and/or").
extension Normalizer {
  /// Rewrites British spellings the American voice would mispronounce ("organisation").
  func readSpelling(_ stream: TokenStream, at index: Int) -> Reading? {
    let text = stream.text(index)
    guard !british, text.utf8.count >= 7, text.count >= 7 else { return nil }
    for (britishEnding, americanEnding) in tables.americanEndings
    where text.hasSuffix(britishEnding) {
      return Reading(spoken: text.dropLast(britishEnding.count) + americanEnding, end: index + 1)
    }
    return nil
  }

  /// Reads words joined by a slash that are set phrases: "and/or" → "and or", "y/y" → "year
  /// on year" (from the expressions table).
  func readWordSymbols(_ stream: TokenStream, at index: Int) -> Reading? {
    guard stream.isMark(index + 1, "/"), stream.isWord(index + 2), stream.startsFree(index),
      stream.endsFree(index + 3),
      let phrase = tables.expressions[stream.text(index) + "/" + stream.text(index + 2)]
    else { return nil }
    return Reading(spoken: phrase, end: index + 3)
  }
}
