/// Percent-encodes URLs so they stay ASCII.
enum URLPath {
  /// Encodes one path segment: letters, digits and `-._~` are kept, every other byte encoded.
  static func encode(_ segment: String) -> String {
    encodeBytes(segment) { c in c.isLetter || c.isNumber || "-._~".contains(c) }
  }

  /// Encodes a whole URL: keeps ASCII URL syntax (and existing `%` escapes), encodes spaces,
  /// control characters and every non-ASCII byte.
  static func encodeURL(_ url: String) -> String {
    encodeBytes(url) { c in
      c.isLetter || c.isNumber || "-._~:/?#[]@!$&'()*+,;=%".contains(c)
    }
  }

  private static func encodeBytes(_ text: String, keep: (Character) -> Bool) -> String {
    var result = ""
    for byte in text.utf8 {
      let c = Character(Unicode.Scalar(byte))
      if byte < 0x80, keep(c) {
        result.append(c)
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count < 2 ? "0" + hex : hex)
      }
    }
    return result
  }
}
