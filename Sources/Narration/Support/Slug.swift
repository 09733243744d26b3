import Foundation

/// Makes file-name stems of lowercase ASCII letters, digits and hyphens.
///
/// "Dec. 4 news!" becomes "dec-4-news".
public enum Slug {
  /// The slug of a name, at most 80 characters; "episode" when nothing usable is left.
  public static func make(_ name: String) -> String {
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var slug = ""
    var lastWasHyphen = true
    for scalar in folded.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
        lastWasHyphen = false
      } else if !lastWasHyphen {
        slug.append("-")
        lastWasHyphen = true
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    if slug.count > 80 {
      slug = String(slug.prefix(80))
      while slug.hasSuffix("-") { slug.removeLast() }
    }
    return slug.isEmpty ? "episode" : slug
  }
}
