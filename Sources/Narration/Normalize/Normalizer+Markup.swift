/// Readers for notes and markup that are not read out: footnote marks, editors' notes,
/// phonetic transcriptions, ARPAbet pronunciations and bare tags.
extension Normalizer {
  /// The end of a run of footnote marks glued to the text before it, if one starts at `index`.
  ///
  /// The marks are "[1]", "[2][3]" or "[a]".
  ///
  /// After a word it must end a clause or come before a word in lower case ("novels[4] and"),
  /// so that an index in code ("x[1] = 5") stays.
  func footnoteEnd(_ stream: TokenStream, at index: Int) -> Int? {
    guard let before = stream[index - 1], before.kind != .space else { return nil }
    let afterPunctuation = before.kind == .mark && ".,;:)\"”'’".includes(before.text)
    var end = index
    var edited = false
    while stream.isMark(end, "[") {
      if let mark = stream[end + 1], stream.isMark(end + 2, "]"),
        (mark.kind == .number && mark.text.count <= 3)
          || (afterPunctuation && mark.kind == .word && mark.text.count == 1
            && mark.text.first?.isLowercase == true)
      {
        end += 3
      } else if let next = editorMarkEnd(stream, at: end) {
        end = next
        edited = true
      } else {
        break
      }
    }
    guard end > index else { return nil }
    if afterPunctuation || edited || stream[end] == nil || stream.isMark(end, ".,;:!?)") {
      return end
    }
    guard stream.isInlineSpace(end), stream[end + 1]?.text.first?.isLowercase == true,
      stream.isWord(end + 1)
    else { return nil }
    return end
  }

  /// The end of an editor's note in brackets that starts at `index`, if one does: "[citation
  /// needed]", "[when?]", "[note 3]" (editor-marks.tsv).
  private func editorMarkEnd(_ stream: TokenStream, at index: Int) -> Int? {
    guard stream.isWord(index + 1) else { return nil }
    var written = ""
    var probe = index + 1
    while let token = stream[probe], probe - index < 16, !stream.isMark(probe, "]") {
      if token.kind == .space {
        guard stream.isInlineSpace(probe) else { return nil }
        written += " "
      } else {
        written += "–—".includes(token.text) ? "-" : token.text.lowercased()
      }
      probe += 1
    }
    guard stream.isMark(probe, "]") else { return nil }
    if tables.editorMarks.contains(written) { return probe + 1 }
    // A numbered note: "[note 3]", "[nb 2]", "[n 1]".
    let words = written.split(separator: " ")
    guard words.count == 2, tables.editorNotes.contains(String(words[0])),
      let number = stream[probe - 1], number.kind == .number || number.text.count == 1
    else { return nil }
    return probe + 1
  }

  /// The end of a phonetic transcription that starts at `index` with "[" or "/", if one does:
  /// "[bɛʁˈliːn]", "/ˈlʌndən/".
  ///
  /// It is known by a character only the International Phonetic Alphabet uses (a stress or
  /// length mark, "ə", "ɪ"); eSpeak NG would name each symbol, a listener wants none of it.
  /// Only inside parentheses, where encyclopedias put it ("Berlin (German: [bɛʁˈliːn])"): a
  /// transcription on its own is text about sounds, or a pronunciation for the synthesizer.
  func transcriptionEnd(_ stream: TokenStream, at index: Int) -> Int? {
    let close = stream.text(index) == "[" ? "]" : "/"
    let opening = stream.indicesBack(from: index, limit: 30).first { stream.isMark($0, "()") }
    guard let opening, stream.isMark(opening, "(") else { return nil }
    var phonetic = false
    var probe = index + 1
    while let token = stream[probe], probe - index < 40, !stream.isMark(probe, close) {
      if token.kind == .space, !stream.isInlineSpace(probe) { return nil }
      if token.kind == .number { return nil }
      if !phonetic {
        phonetic = token.text.unicodeScalars.contains { (0x250...0x2FF).contains($0.value) }
      }
      probe += 1
    }
    guard phonetic, stream.isMark(probe, close), probe > index + 1 else { return nil }
    return probe + 1
  }

  /// Passes a bracketed ARPAbet pronunciation through as written: "[K AE1 T]".
  ///
  /// It is meant for the synthesizer, not to be read out; spelled as letters and numbers it
  /// would be noise. Symbols are in arpabet.tsv.
  func readPhonemes(_ stream: TokenStream, at index: Int) -> Reading? {
    let close = stream.text(index) == "[" ? "]" : "}"
    var probe = index + 1
    var symbols = 0
    var stressed = 0
    while probe < stream.count, probe - index < 80 {
      guard let token = stream[probe], token.kind == .word else { return nil }
      if tables.arpabetVowels.contains(token.text) {
        if let digit = stream[probe + 1], digit.kind == .number {
          guard ["0", "1", "2"].contains(digit.text) else { return nil }
          stressed += 1
          probe += 1
        }
      } else if !tables.arpabetConsonants.contains(token.text) {
        return nil
      }
      symbols += 1
      probe += 1
      if stream.isMark(probe, close) { break }
      guard stream.isInlineSpace(probe), stream.text(probe) == " " else { return nil }
      probe += 1
    }
    guard stream.isMark(probe, close), symbols >= 2, stressed >= 1 else { return nil }
    let written = (index...probe).map { stream.tokens[$0].text }.joined()
    return Reading(spoken: written, end: probe + 1)
  }

  /// Reads a bare markup tag ("<cue/>", "<em>", "</em>") as written: it is markup, not text
  /// to say, so it passes through; it is only kept apart from digits glued to it.
  ///
  /// Only a name between "<" or "</" and ">" or "/>" counts: "<https://…>", "a < b" and tags
  /// with attributes (whose values may need reading) are left to the other rules.
  func readTag(_ stream: TokenStream, at index: Int) -> Reading? {
    let closing = stream.isMark(index + 1, "/")
    let name = closing ? index + 2 : index + 1
    guard stream.isWord(name) else { return nil }
    var end = name + 1
    if !closing, stream.isMark(end, "/") { end += 1 }
    guard stream.isMark(end, ">") else { return nil }
    end += 1
    var spoken = (index..<end).map { stream.tokens[$0].text }.joined()
    if stream.isNumber(index - 1) { spoken = " " + spoken }
    if stream.isNumber(end) { spoken += " " }
    return Reading(spoken: spoken, end: end)
  }
}
