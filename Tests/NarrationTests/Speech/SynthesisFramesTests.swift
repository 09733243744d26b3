import Foundation
import Testing

@testable import Narration

/// The pipe protocol of the synthesis child: frames round-trip, and a silent child is a stall.
@Suite struct SynthesisFramesTests {
  /// A pipe whose ends are closed when the test ends.
  final class Pipe {
    var read: Int32 = -1
    var write: Int32 = -1
    init() throws {
      var ends: [Int32] = [-1, -1]
      try #require(Glibc.pipe(&ends) == 0)
      (read, write) = (ends[0], ends[1])
    }
    deinit {
      if read >= 0 { close(read) }
      if write >= 0 { close(write) }
    }
  }

  @Test func framesRoundTripThenSilenceIsAStall() throws {
    let pipe = try Pipe()
    var writer = SynthesisFrames.Writer(descriptor: pipe.write)
    let samples: [Int16] = [0, 1, -1, .max, .min]
    samples.withUnsafeBufferPointer { writer.samples(index: 2, $0) }
    writer.finished(index: 2)
    let flushed = writer.flush()
    #expect(flushed)

    var reader = SynthesisFrames.Reader(descriptor: pipe.read, stallTimeout: 200)
    #expect(!reader.receivedAny)
    guard case .chunk(let index, let read, _) = try reader.next(input: "test") else {
      Issue.record("expected samples")
      return
    }
    #expect(index == 2)
    #expect(read == samples)
    guard case .finished(2) = try reader.next(input: "test") else {
      Issue.record("expected the end of utterance 2")
      return
    }
    // The writing end is still open but nothing comes: the reader reports a stall, not an end.
    let started = Date()
    guard case .stalled = try reader.next(input: "test") else {
      Issue.record("expected a stall")
      return
    }
    #expect(Date().timeIntervalSince(started) >= 0.15)
    #expect(reader.receivedAny)
  }

  @Test func aSilentChildStallsBeforeAnyFrame() throws {
    let pipe = try Pipe()
    var reader = SynthesisFrames.Reader(descriptor: pipe.read, stallTimeout: 100)
    guard case .stalled = try reader.next(input: "test") else {
      Issue.record("expected a stall")
      return
    }
    #expect(!reader.receivedAny)
  }

  @Test func aClosedPipeIsAnEndNotAStall() throws {
    let pipe = try Pipe()
    close(pipe.write)
    pipe.write = -1
    var reader = SynthesisFrames.Reader(descriptor: pipe.read, stallTimeout: 10_000)
    do {
      let item = try reader.next(input: "test")
      Issue.record("expected an error, got \(item)")
    } catch {
      #expect(error.description.contains("ended unexpectedly"), "\(error)")
    }
  }
}
