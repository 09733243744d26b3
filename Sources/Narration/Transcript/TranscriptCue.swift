import Foundation

/// One cue of a transcript: article text as written, with when it is spoken.
///
/// Cues are at most one sentence, and at most two lines of ``lineLength`` characters; longer
/// sentences are cut at word boundaries into cues of about equal length.
public struct TranscriptCue: Sendable, Hashable {
  /// Start in milliseconds.
  public var start: Int
  /// End in milliseconds.
  public var end: Int
  /// One or two lines of text.
  public var lines: [String]

  /// The longest line a cue should have (a common subtitle guideline).
  public static let lineLength = 42

  /// Creates a cue.
  public init(start: Int, end: Int, lines: [String]) {
    self.start = start
    self.end = end
    self.lines = lines
  }

  /// The cue's text on one line.
  public var text: String { lines.joined(separator: " ") }

  /// The cues for a script as timed.
  ///
  /// Each segment's display text ("Dec. 4") is aligned word by word with the text the engine
  /// spoke ("December fourth"): words that read the same anchor the alignment, and what lies
  /// between anchors is timed by the first spoken word of the gap.
  public static func cues(
    for script: Script, timeline: Timeline, abbreviations: Set<String> = bundledAbbreviations
  ) -> [TranscriptCue] {
    var cues: [TranscriptCue] = []
    for (segment, timing) in zip(script.segments, timeline.segments) {
      cues += segmentCues(
        segment, timing: timing, timeline: timeline, abbreviations: abbreviations)
    }
    return cues
  }

  private struct Word {
    var text: String
    var key: String
    var position: Int
  }

  private static func words(_ text: String) -> [Word] {
    var result: [Word] = []
    var current = ""
    var start = 0
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      if scalar.properties.isWhitespace {
        if !current.isEmpty { result.append(word(current, at: start)) }
        current = ""
      } else {
        if current.isEmpty { start = offset }
        current.unicodeScalars.append(scalar)
      }
    }
    if !current.isEmpty { result.append(word(current, at: start)) }
    return result
  }

  private static func word(_ text: String, at position: Int) -> Word {
    let key = String(
      String.UnicodeScalarView(
        text.lowercased().unicodeScalars.filter {
          $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    return Word(text: text, key: key, position: position)
  }

  /// For each display word, the index of the spoken word it is timed by (longest common
  /// subsequence of the words' letters and digits).
  private static func align(_ display: [Word], _ spoken: [Word]) -> [Int] {
    let rows = display.count
    let columns = spoken.count
    guard rows > 0, columns > 0 else { return Array(repeating: 0, count: rows) }
    var table = [Int](repeating: 0, count: (rows + 1) * (columns + 1))
    for row in stride(from: rows - 1, through: 0, by: -1) {
      for column in stride(from: columns - 1, through: 0, by: -1) {
        let here = row * (columns + 1) + column
        if !display[row].key.isEmpty, display[row].key == spoken[column].key {
          table[here] = table[here + columns + 2] + 1
        } else {
          table[here] = max(table[here + columns + 1], table[here + 1])
        }
      }
    }
    var mapping = [Int](repeating: 0, count: rows)
    var row = 0
    var column = 0
    var gapStart = 0
    while row < rows {
      let here = row * (columns + 1) + column
      if column < columns, !display[row].key.isEmpty, display[row].key == spoken[column].key {
        mapping[row] = column
        row += 1
        column += 1
        gapStart = column
      } else if column < columns, table[here + 1] >= table[here + columns + 1] {
        column += 1
      } else {
        mapping[row] = min(gapStart, columns - 1)
        row += 1
      }
    }
    return mapping
  }

  /// The abbreviations of `Resources/Transcript/abbreviations.txt` (empty if it is missing,
  /// which only makes cues split after "Mr.").
  public static let bundledAbbreviations: Set<String> = {
    guard let text = try? Resources.text(at: Resources.url("Transcript/abbreviations.txt")) else {
      return []
    }
    return Set(
      text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") })
  }()

  private static func segmentCues(
    _ segment: Segment, timing: Timeline.SegmentTiming, timeline: Timeline,
    abbreviations: Set<String>
  ) -> [TranscriptCue] {
    let display = words(segment.displayText)
    guard !display.isEmpty else { return [] }
    let spoken = words(segment.text)
    // The sample each spoken word starts at: its WORD event, or the next timed word's.
    var starts = [Int?](repeating: nil, count: spoken.count)
    var eventIndex = 0
    for (index, word) in spoken.enumerated() {
      let end = word.position + word.text.unicodeScalars.count
      while eventIndex < timing.words.count, timing.words[eventIndex].position < word.position {
        eventIndex += 1
      }
      if eventIndex < timing.words.count, timing.words[eventIndex].position < end {
        starts[index] = timing.words[eventIndex].sample
      }
    }
    var next = timing.end
    for index in stride(from: spoken.count - 1, through: 0, by: -1) {
      if let start = starts[index] { next = start } else { starts[index] = next }
    }
    let mapping = align(display, spoken)
    func sample(_ displayIndex: Int) -> Int {
      guard !spoken.isEmpty else { return timing.start }
      let start = starts[mapping[displayIndex]] ?? timing.start
      return min(max(start, timing.start), timing.end)
    }
    // Sentence ends: terminal punctuation, not after an abbreviation such as "Mr.", and not
    // before a word in lower case or a number ("10 p.m. on weekdays", "Dec. 4").
    func endsSentence(_ index: Int) -> Bool {
      guard index + 1 < display.count else { return true }
      let text = display[index].text
      let trimmed = text.unicodeScalars.reversed().drop { "\"'”’)]»".unicodeScalars.contains($0) }
      guard let last = trimmed.first, ".!?…".unicodeScalars.contains(last) else { return false }
      if last == ".", abbreviations.contains(text.lowercased()) { return false }
      guard let next = display[index + 1].text.unicodeScalars.first else { return true }
      return !(next.properties.isLowercase || next.properties.numericType != nil)
    }
    var sentences: [[Int]] = [[]]
    for index in display.indices {
      sentences[sentences.count - 1].append(index)
      if endsSentence(index), index + 1 < display.count { sentences.append([]) }
    }
    var pieces: [[Int]] = []
    for sentence in sentences { pieces += split(sentence, words: display) }
    var result: [TranscriptCue] = []
    for (index, piece) in pieces.enumerated() {
      guard let first = piece.first else { continue }
      let start = timeline.milliseconds(sample(first))
      let endSample = index + 1 < pieces.count ? sample(pieces[index + 1][0]) : timing.end
      let end = max(timeline.milliseconds(endSample), start + 1)
      result.append(
        TranscriptCue(start: start, end: end, lines: lines(piece.map { display[$0].text })))
    }
    return result
  }

  /// Cuts a sentence's words into pieces of at most two lines, of about equal length.
  private static func split(_ indices: [Int], words: [Word]) -> [[Int]] {
    let length = indices.map { words[$0].text.count + 1 }.reduce(0, +)
    let limit = 2 * lineLength
    guard length > limit + 1 else { return [indices] }
    let count = (length + limit - 1) / limit
    let target = length / count
    var pieces: [[Int]] = [[]]
    var running = 0
    for index in indices {
      let size = words[index].text.count + 1
      if running + size > target, !pieces[pieces.count - 1].isEmpty, pieces.count < count {
        pieces.append([])
        running = 0
      }
      pieces[pieces.count - 1].append(index)
      running += size
    }
    return pieces
  }

  /// Lays words out as one line, or two lines broken near the middle.
  private static func lines(_ words: [String]) -> [String] {
    let whole = words.joined(separator: " ")
    guard whole.count > lineLength, words.count > 1 else { return [whole] }
    var best = 1
    var bestDifference = Int.max
    for cut in 1..<words.count {
      let first = words[..<cut].joined(separator: " ").count
      let second = words[cut...].joined(separator: " ").count
      if abs(first - second) < bestDifference {
        bestDifference = abs(first - second)
        best = cut
      }
    }
    return [words[..<best].joined(separator: " "), words[best...].joined(separator: " ")]
  }
}
