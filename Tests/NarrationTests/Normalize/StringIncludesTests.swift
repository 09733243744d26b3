import Foundation
import Testing

@testable import Narration

/// `includes(_:)` finds a token in a list of marks exactly where Foundation's `contains(_:)` did.
@Test func includesAnswersAsFoundationDoes() {
  let lists = [".,;:!?)]}\"'”’>", "([{<\"'“‘«/", "—―–", "^⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "$€£¥₴", "ivx", "-/."]
  // Every character up to the CJK block, pairs of ASCII characters, and marks with what the
  // tokenizer keeps on them.
  var parts = (0..<0x3000).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
  let ascii = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }
  for first in ascii { parts += ascii.map { first + $0 } }
  parts += ["", "iv", "vx", "ivx", "\r\n", ";\u{301}", "—\u{301}", "❤\u{FE0F}", "\u{37E}\u{301}"]
  let differing = lists.flatMap { list in
    parts.filter { list.includes($0) != list.contains($0) }.map { (list, $0) }
  }
  #expect(differing.isEmpty, "\(differing.prefix(5))")
  // Canonically equivalent characters match (the Greek question mark is ";"), and parts of
  // more than one character are searched for as a whole.
  #expect(".,;:".includes("\u{37E}"))
  #expect("ivx".includes("iv") && !"ivx".includes("xi"))
  #expect(!".,;".includes(""))
}
