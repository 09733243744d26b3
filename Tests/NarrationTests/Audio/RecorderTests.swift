import Foundation
import Testing

@testable import Narration

@Test func segmentsStartAndEndAtRestAndKeepTheirLength() throws {
  let engine = try SpeechEngine.shared()
  let voice = VoicePreset(name: "test", voice: "en-us", variant: "m3", rate: 165)
  let script = Script(
    title: "t", voice: voice,
    segments: [
      Segment(role: .paragraph, text: "Several new boats join the route.", pauseAfter: 300),
      Segment(role: .paragraph, text: "Each of the boats ends the test."),
    ])
  let recorder = EpisodeRecorder(engine: engine, settings: EncoderSettings())
  var plain: [Int16] = []
  let timeline = try recorder.render(script, gain: nil, input: "test") { plain += $0 }
  var loud: [Int16] = []
  let same = try recorder.render(script, gain: 8, input: "test") { loud += $0 }
  #expect(same == timeline)
  #expect(plain.count == timeline.sampleCount)
  #expect(loud.count == timeline.sampleCount)
  let pause = timeline.segments[1].start - timeline.segments[0].end
  #expect(pause == 300 * engine.sampleRate / 1000)
  for samples in [plain, loud] {
    for segment in timeline.segments {
      let edges = [samples[segment.start], samples[segment.end - 1]]
      #expect(edges.allSatisfy { abs(Int($0)) < 100 }, "\(edges)")
    }
    // The pause between the segments is exact digital silence.
    let gap = samples[timeline.segments[0].end..<timeline.segments[1].start]
    #expect(gap.allSatisfy { $0 == 0 })
  }
}
