import Foundation
import Testing

@testable import Narration

private struct JSONCue: Decodable {
  var startTime: Double
  var endTime: Double
  var body: String
}

private struct JSONTranscript: Decodable {
  var version: String
  var segments: [JSONCue]
}

private func transcript(_ folder: URL, _ slug: String) throws -> JSONTranscript {
  let data = try Data(
    contentsOf: AudioTestSupport.episodeFile(folder, slug + ".transcript.json"))
  return try JSONDecoder().decode(JSONTranscript.self, from: data)
}

@Test func transcriptsShowTheArticleTextInShortCues() throws {
  let (folder, sidecar) = try AudioTestSupport.harbor.get()
  let json = try transcript(folder, sidecar.slug)
  let bodies = json.segments.map(\.body)
  #expect(json.version == "1.0.0")
  // The article as written, not as spoken.
  #expect(bodies.contains { $0.contains("Dec. 4") })
  #expect(!bodies.contains { $0.contains("December") })
  #expect(bodies.contains { $0.hasPrefix("Mr. Okafor, the harbor master,") })
  #expect(bodies.contains("Officials expect about 3,500 riders a day."))
  #expect(bodies.contains("The old pier closes for repairs, and the work takes all winter."))
  // At most one sentence per cue: no sentence break inside a cue (except after "Mr.").
  for body in bodies {
    let inner = body.replacingOccurrences(of: "Mr. ", with: "Mr ")
      .replacingOccurrences(of: "Dec. ", with: "Dec ")
    #expect(!inner.dropLast().contains(". "), "\(body)")
  }
  // Times move forward and stay inside the audio.
  for (previous, cue) in zip(json.segments, json.segments.dropFirst()) {
    #expect(cue.startTime >= previous.endTime - 0.0005)
  }
  for cue in json.segments {
    #expect(cue.endTime > cue.startTime)
    #expect(cue.endTime <= sidecar.durationSeconds + 0.001)
  }

  // WebVTT and SRT carry the same cues, two lines at most.
  let vtt = try String(
    contentsOf: AudioTestSupport.episodeFile(folder, sidecar.slug + ".vtt"), encoding: .utf8)
  let srt = try String(
    contentsOf: AudioTestSupport.episodeFile(folder, sidecar.slug + ".srt"), encoding: .utf8)
  #expect(vtt.hasPrefix("WEBVTT\n\n1\n00:00:00."))
  #expect(srt.hasPrefix("1\n00:00:00,"))
  let vttBlocks = vtt.components(separatedBy: "\n\n").dropFirst()
  let srtBlocks = srt.components(separatedBy: "\n\n")
  #expect(vttBlocks.count == json.segments.count)
  #expect(srtBlocks.count == json.segments.count)
  for (block, cue) in zip(vttBlocks, json.segments) {
    let lines = block.split(separator: "\n", omittingEmptySubsequences: true)
    #expect(lines.count <= 4, "\(block)")
    #expect(lines.dropFirst(2).joined(separator: " ") == cue.body)
    let start = TranscriptFiles.time(Int((cue.startTime * 1000).rounded()), ".")
    #expect(lines.dropFirst().first?.hasPrefix(start) == true)
  }
}

@Test func cueStartsMatchSpeechInTheDecodedMP3() throws {
  let (folder, sidecar) = try AudioTestSupport.harbor.get()
  let json = try transcript(folder, sidecar.slug)
  let rate = 22050
  let samples = try AudioTestSupport.decode(
    AudioTestSupport.episodeFile(folder, sidecar.audioFile), rate: rate)
  #expect(abs(samples.count - sidecar.sampleCount) <= 2)
  // Speech onsets: the first 5 ms window above −40 dBFS after at least 300 ms below it.
  let window = rate / 200
  var onsets: [Double] = []
  var quiet = 0
  var index = 0
  while index + window <= samples.count {
    let peak = samples[index..<(index + window)].map { abs(Int($0)) }.max() ?? 0
    if peak < 328 {
      quiet += window
    } else {
      if quiet >= rate * 3 / 10 { onsets.append(Double(index) / Double(rate)) }
      quiet = 0
    }
    index += window
  }
  // Cues that begin a segment come after a pause; each must start within 50 ms of an onset.
  var checked = 0
  for (previous, cue) in zip(json.segments, json.segments.dropFirst())
  where cue.startTime - previous.endTime >= 0.3 {
    let nearest = onsets.map { abs($0 - cue.startTime) }.min() ?? .infinity
    print(
      "CUE", cue.startTime, onsets.map { $0 - cue.startTime }.min { abs($0) < abs($1) } ?? 0,
      cue.body.prefix(30))
    #expect(
      nearest <= 0.05, "cue at \(cue.startTime) (\(cue.body)): nearest onset \(nearest) s away")
    checked += 1
  }
  #expect(checked >= 8)
}

@Test func strayAndDuplicateWordEventsAreDropped() {
  let events = [
    SpeechEvent(kind: .sentence, sample: 0, textPosition: 1, length: 0),
    SpeechEvent(kind: .word, sample: 0, textPosition: 1, length: 3),
    SpeechEvent(kind: .word, sample: 10, textPosition: 0, length: 2),  // stray at position 0
    SpeechEvent(kind: .word, sample: 100, textPosition: 5, length: 4),
    SpeechEvent(kind: .word, sample: 150, textPosition: 5, length: 4),  // duplicate for a number
    SpeechEvent(kind: .word, sample: 120, textPosition: 7, length: 2),  // overlapping, too early
    SpeechEvent(kind: .word, sample: 90, textPosition: 10, length: 3),  // out of order in time
    SpeechEvent(kind: .word, sample: 300, textPosition: 10, length: 3),
    SpeechEvent(kind: .word, sample: 400, textPosition: 99, length: 3),  // outside the text
  ]
  let timing = Timeline.segment(
    events: events, textLength: 12, offset: 1000, start: 1000, end: 1500)
  #expect(timing.words.map(\.position) == [0, 4, 9])
  #expect(timing.words.map(\.sample) == [1000, 1100, 1300])
  #expect(timing.sentenceStarts == [0])
}
