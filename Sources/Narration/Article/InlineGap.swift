/// Tells where the text of two inline elements that touch in the markup needs a space between
/// them, as a browser shows a gap there.
///
/// Pages set a byline's parts in elements side by side and let the style sheet set them apart
/// (`<span>By Jo Ruiz</span><time>2 hours ago</time>`, `<span>Updated</span><time>March 4,
/// 2026</time>`); joined as written, they give words no reader sees ("Ruiz2", "UpdatedMarch")
/// and a line that no byline or date signal reads. Inside a word the pieces join
/// (`<b>W</b>ord`, `<em>un</em>believable`): a space goes in only where the two sides could
/// not be one word, a lowercase letter before a capital, a letter or digit before a digit, a
/// digit before a capital, or the end of a sentence before a capital.
enum InlineGap {
  /// Inline elements whose text joins the text before them: sub- and superscripts ("CO2",
  /// "5th", a footnote mark) and line-break hints.
  static let joiningTags: Set<String> = ["sub", "sup", "wbr"]

  /// Inline elements whose pieces join as written: program code, keys and samples, whose
  /// highlighted tokens stand side by side.
  static let verbatimTags: Set<String> = ["code", "kbd", "samp", "var", "tt"]

  /// Whether the text before an element edge, ending with `last`, and the text after it,
  /// starting with `first`, need a space between them.
  static func isGap(_ last: Character, _ first: Character) -> Bool {
    let digitAfter = first.isASCII && first.isNumber
    if digitAfter { return last.isLetter || (last.isASCII && last.isNumber) }
    guard first.isUppercase else { return false }
    return last.isLowercase || (last.isASCII && last.isNumber) || ".!?".contains(last)
  }
}
