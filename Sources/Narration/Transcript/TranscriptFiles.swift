import Foundation

/// The files written beside an episode's MP3: WebVTT, SRT and Podcasting 2.0 JSON transcripts,
/// and Podcasting 2.0 chapters.
///
/// A pure value of the cues and chapters; every byte is a function of them (no dates, sorted
/// JSON keys, times in whole milliseconds), so identical episodes give identical files.
public struct TranscriptFiles: Sendable, Hashable {
  /// The transcript cues.
  public var cues: [TranscriptCue]
  /// The chapters (the same as the MP3's CHAP frames).
  public var chapters: [Chapter]

  /// Creates the files' contents.
  public init(cues: [TranscriptCue], chapters: [Chapter]) {
    self.cues = cues
    self.chapters = chapters
  }

  /// The file names beside `<slug>.mp3`, with their contents.
  public func files(slug: String) -> [(name: String, bytes: [UInt8])] {
    [
      (slug + ".vtt", Array(webVTT().utf8)),
      (slug + ".srt", Array(subRip().utf8)),
      (slug + ".transcript.json", transcriptJSON()),
      (slug + ".chapters.json", chaptersJSON()),
    ]
  }

  /// A WebVTT file (`text/vtt`).
  public func webVTT() -> String {
    var text = "WEBVTT\n"
    for (index, cue) in cues.enumerated() {
      let lines = cue.lines.map {
        $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
          .replacingOccurrences(of: ">", with: "&gt;")
      }
      text += "\n\(index + 1)\n"
      text += "\(Self.time(cue.start, ".")) --> \(Self.time(cue.end, "."))\n"
      text += lines.joined(separator: "\n") + "\n"
    }
    return text
  }

  /// An SRT file (`application/x-subrip`).
  public func subRip() -> String {
    var text = ""
    for (index, cue) in cues.enumerated() {
      if index > 0 { text += "\n" }
      text += "\(index + 1)\n\(Self.time(cue.start, ",")) --> \(Self.time(cue.end, ","))\n"
      text += cue.lines.joined(separator: "\n") + "\n"
    }
    return text
  }

  private struct JSONTranscript: Encodable {
    struct Entry: Encodable {
      var startTime: Double
      var endTime: Double
      var body: String
    }
    var version = "1.0.0"
    var segments: [Entry]
  }

  private struct JSONChapters: Encodable {
    struct Entry: Encodable {
      var startTime: Double
      var endTime: Double
      var title: String
    }
    var version = "1.2.0"
    var chapters: [Entry]
  }

  /// A Podcasting 2.0 JSON transcript (`application/json`).
  public func transcriptJSON() -> [UInt8] {
    Self.encode(
      JSONTranscript(
        segments: cues.map {
          .init(startTime: Self.seconds($0.start), endTime: Self.seconds($0.end), body: $0.text)
        }))
  }

  /// A Podcasting 2.0 chapters file (`application/json+chapters`).
  public func chaptersJSON() -> [UInt8] {
    Self.encode(
      JSONChapters(
        chapters: chapters.map {
          .init(startTime: Self.seconds($0.start), endTime: Self.seconds($0.end), title: $0.title)
        }))
  }

  private static func seconds(_ milliseconds: Int) -> Double {
    Double(milliseconds) / 1000
  }

  private static func encode(_ value: some Encodable) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain value types cannot fail.
    let data = (try? encoder.encode(value)) ?? Data()
    return Array(data) + [0x0A]
  }

  /// `HH:MM:SS.mmm` (WebVTT) or `HH:MM:SS,mmm` (SRT).
  static func time(_ milliseconds: Int, _ separator: String) -> String {
    let hours = milliseconds / 3_600_000
    let minutes = milliseconds / 60_000 % 60
    let seconds = milliseconds / 1000 % 60
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(hours, 2)):\(pad(minutes, 2)):\(pad(seconds, 2))\(separator)"
      + pad(milliseconds % 1000, 3)
  }
}
