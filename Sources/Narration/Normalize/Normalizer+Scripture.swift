/// Readers for books of the Bible with chapter and verse: "John 3:16", "1 Corinthians 13".
extension Normalizer {
  /// Reads a book of the Bible and the chapter and verse after it, as a newsreader says them.
  ///
  /// "John 3:16" → "John three sixteen", "Gen. 1:3" → "Genesis one three", "Psalm 23:1-4" →
  /// "Psalm twenty three one to four".
  ///
  /// An abbreviation from bible-books.tsv counts only with its period; a time of day ("Mark
  /// 3:30 pm") is left to the clock.
  func readScripture(_ stream: TokenStream, at index: Int) -> Reading? {
    let written = stream.text(index)
    // (Cheap test first: the chapter's number comes two or three tokens on, "John 3", "Gen. 1".)
    guard stream.isNumber(index + 2) || stream.isNumber(index + 3),
      let book = tables.bibleBooks[written], stream.startsFree(index)
    else { return nil }
    var chapterIndex = index + 1
    if book != written {
      guard stream.isMark(chapterIndex, ".") else { return nil }
      chapterIndex += 1
    }
    guard stream.isInlineSpace(chapterIndex) else { return nil }
    chapterIndex += 1
    guard let chapter = stream[chapterIndex], chapter.kind == .number, chapter.text.count <= 3,
      !chapter.text.hasPrefix("0"), stream.isMark(chapterIndex + 1, ":"),
      let verse = stream[chapterIndex + 2], verse.kind == .number, verse.text.count <= 3,
      !verse.text.hasPrefix("0"), meridiem(stream, at: chapterIndex + 3) == nil
    else { return nil }
    var end = chapterIndex + 3
    var spoken =
      book + " " + NumberSpeller.cardinal(chapter.text) + " " + NumberSpeller.cardinal(verse.text)
    if stream.isMark(end, "-–"), let last = stream[end + 1], last.kind == .number,
      last.text.count <= 3, !last.text.hasPrefix("0"), stream.endsFree(end + 2)
    {
      spoken += " to " + NumberSpeller.cardinal(last.text)
      end += 2
    }
    guard stream.endsFree(end), !(stream.isMark(end, ".:") && stream.isNumber(end + 1)) else {
      return nil
    }
    return Reading(spoken: spoken, end: end)
  }

  /// Reads the number before a book of the Bible that comes numbered, as an ordinal: "1
  /// Corinthians 13" → "First Corinthians thirteen", "II Kings 5:1" → "Second Kings five one".
  func readNumberedBook(_ stream: TokenStream, at index: Int) -> Reading? {
    let written = stream.text(index)
    // Cheap test first: one digit, or a roman numeral of up to three I's.
    guard written.utf8.count <= 3, let first = written.utf8.first, first == 0x49 || first <= 0x39
    else { return nil }
    let ordinal: String
    switch written {
    case "1", "I": ordinal = "First"
    case "2", "II": ordinal = "Second"
    case "3", "III": ordinal = "Third"
    default: return nil
    }
    let bookIndex = index + 2
    guard stream.isInlineSpace(index + 1),
      let needsVerse = tables.numberedBooks[
        stream.text(bookIndex)], stream.startsFree(index)
    else { return nil }
    if let scripture = readScripture(stream, at: bookIndex) {
      return Reading(spoken: ordinal + " " + scripture.spoken, end: scripture.end)
    }
    guard !needsVerse, let book = tables.bibleBooks[stream.text(bookIndex)] else { return nil }
    var end = bookIndex + 1
    var spoken = ordinal + " " + book
    if book != stream.text(bookIndex) {
      // An abbreviation counts only with its period ("1 Cor. 13").
      guard stream.isMark(end, ".") else { return nil }
      if periodEndsSentence(stream, at: end, strong: false) { spoken += "." }
      end += 1
    }
    guard stream.endsFree(end) else { return nil }
    return Reading(spoken: spoken, end: end)
  }
}
