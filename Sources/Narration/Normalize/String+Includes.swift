import Foundation

extension String {
  /// Whether `part` occurs in this string, as Foundation's `contains(_:)` decides: the test of a
  /// token against a list of marks (`".,;:"`), which the rules run for nearly every token.
  ///
  /// Foundation's search compares canonically equivalent characters alike (the Greek question
  /// mark "\u{37E}" is ";") and is slow: it took a third of `normalize`'s time. This gives the
  /// same answers quickly for the parts tokens are made of, given a list without combining
  /// marks (every rule's list is plain punctuation and letters):
  /// - ASCII: a byte search, since ASCII has no other canonical forms and its bytes never
  ///   occur inside a longer UTF-8 sequence;
  /// - any other single scalar: the list's characters compared with Swift's `==`, which is
  ///   canonical equivalence too;
  /// - anything longer (a mark with combining marks, "❤️"): Foundation itself.
  ///
  /// An empty part is in no string, as with Foundation.
  func includes(_ part: String) -> Bool {
    let needle = part.utf8
    guard let first = needle.first else { return false }
    if first < 0x80, needle.count == 1 { return utf8.contains(first) }
    if needle.allSatisfy({ $0 < 0x80 }) {
      var rest = utf8[...]
      while let start = rest.firstIndex(of: first) {
        if rest[start...].starts(with: needle) { return true }
        rest = rest[rest.index(after: start)...]
      }
      return false
    }
    let scalars = part.unicodeScalars
    if scalars.index(after: scalars.startIndex) == scalars.endIndex {
      return contains(Character(scalars[scalars.startIndex]))
    }
    return contains(part)
  }
}
