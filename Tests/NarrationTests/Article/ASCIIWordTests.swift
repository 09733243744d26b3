import Foundation
import Testing

@testable import Narration

/// Eight bytes at a time: the masks, and the scanners that use them agreeing with a plain
/// reading of every character.
@Suite struct ASCIIWordTests {
  /// A generator with a fixed seed, so that a failure can be run again.
  struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state ^ (state >> 29)
    }
  }

  @Test func everyMaskMarksExactlyTheBytesThatPass() {
    var random = Seeded(state: 7)
    for _ in 0..<2_000 {
      let bytes = (0..<8).map { _ in UInt8.random(in: 0..<0x80, using: &random) }
      let word = bytes.withUnsafeBufferPointer { ASCIIWord($0, at: 0) }
      #expect(word.isASCII)
      func mask(_ test: (UInt8) -> Bool) -> UInt64 {
        bytes.enumerated().reduce(0) {
          $0 | (test($1.element) ? 0x80 << (8 * UInt64($1.offset)) : 0)
        }
      }
      for probe: UInt8 in [0x20, 0x2A, 0x7C, 0x7F, 0x00, bytes[3]] {
        #expect(word.equal(to: probe) == mask { $0 == probe }, "\(bytes) \(probe)")
        #expect(
          ASCIIWord.count(word.equal(to: probe)) == bytes.filter { $0 == probe }.count,
          "\(bytes) \(probe)")
      }
      #expect(word.atLeast(0x20) == mask { $0 >= 0x20 }, "\(bytes)")
      #expect(word.within(0x61, 0x7A) == mask { (0x61...0x7A).contains($0) }, "\(bytes)")
      #expect(word.within(0x30, 0x39) == mask { (0x30...0x39).contains($0) }, "\(bytes)")
      let small = bytes.map(ASCIIWord.lowercased)
      #expect(word.lowercased.bits == small.withUnsafeBufferPointer { ASCIIWord($0, at: 0) }.bits)
    }
    let wide: [UInt8] = [0x41, 0xC3, 0xA9, 0x20, 0x41, 0x41, 0x41, 0x41]
    #expect(!wide.withUnsafeBufferPointer { ASCIIWord($0, at: 0) }.isASCII)
  }

  @Test func letterAndDigitBytesAreTheASCIILettersAndDigits() {
    for byte in UInt8(0)..<0x80 {
      let character = Character(Unicode.Scalar(byte))
      #expect(ASCIIWord.isLetter(byte) == character.isLetter, "\(byte)")
      #expect(ASCIIWord.isDigit(byte) == character.isNumber, "\(byte)")
      #expect(ASCIIWord.lowercased(byte) == character.lowercased().utf8.first, "\(byte)")
    }
    // Bytes beyond ASCII stay as they are.
    #expect((UInt8(0x80)...0xFF).allSatisfy { ASCIIWord.lowercased($0) == $0 })
  }

  /// Invented lines of words, spaces, digits, bars, asterisks and letters beyond ASCII.
  static func lines(count: Int) -> [String] {
    var random = Seeded(state: 11)
    let pieces = [
      "ferry", "Harbor", "quay", "12", "2026", "|", "*", "é", "Ünter", "—", "“quoted”", "東京",
      "ok.", "Tide", "a", "I", "\u{212A}m", "x|y", "**", "(AP)", "…", "\u{00A0}", "9:30", "·",
      "•", "▪", "’s", "ⁱ",
    ]
    let gaps = [" ", " ", " ", "", "  "]
    return (0..<count).map { _ in
      var line = ""
      for _ in 0..<Int.random(in: 0..<24, using: &random) {
        line += pieces[Int.random(in: 0..<pieces.count, using: &random)]
        line += gaps[Int.random(in: 0..<gaps.count, using: &random)]
      }
      return line
    }
  }

  @Test func lineSignalsCountAsAPlainReadingDoes() {
    for line in Self.lines(count: 3_000) {
      let signals = LineSignals(line)
      #expect(signals.words == line.split(separator: " ").count, "\(line)")
      #expect(signals.length == line.unicodeScalars.count, "\(line)")
      #expect(signals.hasDigit == line.utf8.contains { (0x30...0x39).contains($0) }, "\(line)")
      #expect(signals.hasBar == line.contains("|"), "\(line)")
      #expect(signals.hasAsterisk == line.contains("*"), "\(line)")
      #expect(signals.isASCII == line.utf8.allSatisfy { $0 < 0x80 }, "\(line)")
      let closers = "\"'”’»)]*_".unicodeScalars
      let last = line.unicodeScalars.last { !closers.contains($0) } ?? " "
      #expect(signals.endsSentence == ".!?…。！？।؟:;".unicodeScalars.contains(last), "\(line)")
      let bulletMark = line.unicodeScalars.contains { "·•▪".unicodeScalars.contains($0) }
      #expect(signals.hasBulletMark == bulletMark, "\(line)")
      let lowercase = line.unicodeScalars.contains { $0.properties.isLowercase }
      #expect(signals.hasLowercase == (lowercase || line.contains("東")), "\(line)")
    }
  }

  @Test func generalPunctuationHoldsNoLetter() {
    for value in UInt32(0x1FF0)...0x2080 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let letter = scalar.properties.isLowercase || scalar.properties.isAlphabetic
      #expect(!(LineSignals.isPunctuation(scalar) && letter), "\(value)")
    }
    #expect(LineSignals.isPunctuation("’") && LineSignals.isPunctuation("—"))
    #expect(!LineSignals.isPunctuation("ⁱ") && !LineSignals.isPunctuation("é"))
  }

  /// A packed list, by a plain reading: two or more markers with a space either side.
  @Test func packedListsAreFoundAsAPlainReadingFindsThem() {
    var packed = 0
    for line in Self.lines(count: 3_000) {
      let scalars = Array(line.unicodeScalars)
      let markers = scalars.indices.dropFirst(2).filter { index in
        scalars[index] == " " && scalars[index - 2] == " "
          && "*|·•▪".unicodeScalars.contains(scalars[index - 1])
      }
      if markers.count >= 2 { packed += 1 }
      #expect(
        TextDumpCleaner.isPackedList(line, LineSignals(line)) == (markers.count >= 2), "\(line)")
    }
    #expect(packed > 100, "\(packed)")
  }

  @Test func tidyLinesAreSplitAsUntidyOnesAre() {
    // A line that starts with a space is tidied byte by byte; a tidy one is taken whole.
    let lines = Self.lines(count: 2_000)
    let text = lines.joined(separator: "\n")
    let untidy = lines.map { " " + $0 }.joined(separator: "\n")
    let split = TextLines.split(text)
    let tidied = TextLines.split(untidy)
    #expect(split.count == lines.count)
    #expect(tidied.count == lines.count)
    for (line, other) in zip(split, tidied) where line != other {
      Issue.record("\(line) differs from \(other)")
      break
    }
    for line in split {
      #expect(!line.hasPrefix(" ") && !line.hasSuffix(" ") && !line.contains("  "), "\(line)")
      #expect(!line.contains("\u{00A0}"), "\(line)")
    }
  }
}
