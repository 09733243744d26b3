import Testing

@testable import Narration

/// The table of integer keys gives back each key's value, and the missing value for others:
/// as the language guess uses it, packed stop words and their languages.
@Suite struct IntegerKeyTableTests {
  @Test func everyWordIsFoundAndNoOtherIs() throws {
    let words = [
      "the", "and", "der", "die", "le", "la", "el", "de", "het", "que", "into", "überall",
    ]
    var entries: [UInt64: [Int]] = [:]
    for (number, word) in words.enumerated() {
      guard let key = LanguageGuess.packed(word.utf8) else { continue }
      entries[key, default: []].append(number % 3)
    }
    // "überall" is not ASCII and "into" fits: one word is left out of the table.
    #expect(entries.count == words.count - 1)
    let table = IntegerKeyTable(entries, missing: [])
    for (key, languages) in entries {
      #expect(table[key] == languages)
    }
    for other in ["than", "den", "les", "a", "thee", "andd", "abcdefgh"] {
      let key = try #require(LanguageGuess.packed(other.utf8))
      #expect(table[key].isEmpty, "\(other)")
    }
  }

  @Test func aFullerTableStillFindsEveryWord() {
    // Two-letter words from "aa" to "zz": 676 keys, many sharing their first slot.
    var entries: [UInt64: [Int]] = [:]
    for first in UInt8(ascii: "a")...UInt8(ascii: "z") {
      for second in UInt8(ascii: "a")...UInt8(ascii: "z") {
        if let key = LanguageGuess.packed([first, second]) {
          entries[key] = [Int(first), Int(second)]
        }
      }
    }
    let table = IntegerKeyTable(entries, missing: [])
    #expect(entries.allSatisfy { table[$0.key] == $0.value })
    #expect(table[LanguageGuess.packed("abc".utf8) ?? 0].isEmpty)
  }
}
