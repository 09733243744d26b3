/// Finds the writer's name in a byline line ("By Jane Doe"), for text dumps and HTML alike.
///
/// The prefixes are English ("By", "Written by", "Author:") plus German "von", French "par" and
/// Spanish or Portuguese "por"; the name must start with a capital and be at most ten words.
enum Byline {
  /// The name in a byline ("By Jane Doe" gives "Jane Doe"), or `nil` for other lines.
  static func name(in line: String) -> String? {
    // The first two letters settle most lines at once ("By", "Wr", "Au", but not "Th").
    var bytes = line.utf8.makeIterator()
    guard line.utf8.count <= 100, let first = bytes.next(), let second = bytes.next() else {
      return nil
    }
    let start = UInt16(first | 0x20) << 8 | UInt16(second | 0x20)
    // Only the prefixes that open with those two letters are compared; most lines open with
    // none of them.
    guard Self.starts.contains(start) else { return nil }
    for (prefix, prefixStart) in zip(Self.prefixes, Self.starts)
    where prefixStart == start && TextDumpCleaner.hasPrefixIgnoringCase(line, prefix) {
      let name = String(line.utf8.dropFirst(prefix.utf8.count)) ?? ""
      guard let initial = name.first, initial.isUppercase,
        name.split(separator: " ").count <= 10
      else { return nil }
      return name
    }
    return nil
  }

  private static let prefixes = [
    "by ", "by: ", "written by ", "words by ", "story by ", "posted by ", "reporting by ",
    "author: ", "authors: ", "text by ", "von ", "par ", "por ",
  ]
  /// The first two bytes of each byline prefix, in the order of ``prefixes``: a line is
  /// compared only with the prefixes that open with its own first two letters.
  private static let starts = prefixes.map { prefix in
    prefix.utf8.prefix(2).reduce(UInt16(0)) { $0 << 8 | UInt16($1) }
  }
}
