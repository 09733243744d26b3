import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The pipe protocol between the synthesis child process and ``SpeechEngine``.
///
/// Each frame is a kind byte, a 32-bit utterance index and a 32-bit payload length (little
/// endian), then the payload: samples (16-bit PCM), an event, an error message, or nothing.
enum SynthesisFrames {
  enum Kind: UInt8 {
    case samples = 1
    case event = 2
    case finished = 3
    case failure = 4
    case done = 5
  }

  /// What the reader hands back.
  enum Item {
    case chunk(index: Int, samples: [Int16], events: [SpeechEvent])
    case finished(index: Int)
    case failed(String)
    case done
    /// Nothing arrived within the reader's stall timeout: the child is stuck.
    case stalled
  }

  /// Buffers frames in the child and writes them to the pipe.
  struct Writer {
    let descriptor: Int32
    private var buffer: [UInt8] = []

    init(descriptor: Int32) {
      self.descriptor = descriptor
      buffer.reserveCapacity(1 << 16)
    }

    private mutating func header(_ kind: Kind, index: Int, length: Int) {
      buffer.append(kind.rawValue)
      append(UInt32(truncatingIfNeeded: index))
      append(UInt32(truncatingIfNeeded: length))
    }

    private mutating func append(_ value: UInt32) {
      withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
    }

    mutating func samples(index: Int, _ samples: UnsafeBufferPointer<Int16>) {
      header(.samples, index: index, length: samples.count * 2)
      for sample in samples {
        withUnsafeBytes(of: sample.littleEndian) { buffer.append(contentsOf: $0) }
      }
    }

    mutating func event(index: Int, _ event: SpeechEvent) {
      var name: [UInt8] = []
      let code: UInt8
      switch event.kind {
      case .word: code = 0
      case .sentence: code = 1
      case .mark(let text):
        code = 2
        name = Array(text.utf8)
      }
      header(.event, index: index, length: 1 + 8 + 4 + 4 + name.count)
      buffer.append(code)
      withUnsafeBytes(of: Int64(event.sample).littleEndian) { buffer.append(contentsOf: $0) }
      append(UInt32(truncatingIfNeeded: event.textPosition))
      append(UInt32(truncatingIfNeeded: event.length))
      buffer.append(contentsOf: name)
    }

    mutating func finished(index: Int) { header(.finished, index: index, length: 0) }

    mutating func done() { header(.done, index: 0, length: 0) }

    mutating func failure(_ message: String) {
      let bytes = Array(message.utf8)
      header(.failure, index: 0, length: bytes.count)
      buffer.append(contentsOf: bytes)
    }

    /// Writes everything buffered; false when the pipe is gone.
    mutating func flush() -> Bool {
      guard descriptor >= 0 else {
        buffer.removeAll(keepingCapacity: true)
        return true
      }
      var offset = 0
      while offset < buffer.count {
        let written = buffer.withUnsafeBytes { raw in
          Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
        }
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return false }
        offset += written
      }
      buffer.removeAll(keepingCapacity: true)
      return true
    }
  }

  /// Reads frames in the parent.
  struct Reader {
    let descriptor: Int32
    /// How long to wait for the next byte, in milliseconds, before reporting a stall.
    let stallTimeout: Int32
    /// Whether any frame has arrived yet.
    private(set) var receivedAny = false
    private var buffer: [UInt8] = []
    private var start = 0

    init(descriptor: Int32, stallTimeout: Int32) {
      self.descriptor = descriptor
      self.stallTimeout = stallTimeout
    }

    /// The next item; throws if the child died without saying it was done.
    mutating func next(input: String) throws(NarrationError) -> Item {
      var events: [SpeechEvent] = []
      while true {
        guard let head = try read(9, input: input) else { return .stalled }
        receivedAny = true
        let kind = head[head.startIndex]
        let index = Int(Self.uint32(head, at: 1))
        let length = Int(Self.uint32(head, at: 5))
        guard let payload = try read(length, input: input) else { return .stalled }
        switch Kind(rawValue: kind) {
        case .samples:
          let samples = payload.withUnsafeBytes { raw in
            (0..<(length / 2)).map { raw.loadUnaligned(fromByteOffset: $0 * 2, as: Int16.self) }
          }
          return .chunk(
            index: index, samples: samples.map { Int16(littleEndian: $0) }, events: events)
        case .event:
          events.append(Self.event(payload))
        case .finished:
          return .finished(index: index)
        case .failure:
          return .failed(String(decoding: payload, as: UTF8.self))
        case .done:
          return .done
        case nil:
          throw .engine(input, operation: "read from the synthesis process", message: "bad frame")
        }
      }
    }

    private static func uint32(_ bytes: ArraySlice<UInt8>, at offset: Int) -> UInt32 {
      var value: UInt32 = 0
      for shift in 0..<4 {
        value |= UInt32(bytes[bytes.startIndex + offset + shift]) << (8 * shift)
      }
      return value
    }

    private static func event(_ payload: ArraySlice<UInt8>) -> SpeechEvent {
      var sample: UInt64 = 0
      for shift in 0..<8 {
        sample |= UInt64(payload[payload.startIndex + 1 + shift]) << (8 * shift)
      }
      let position = Int(uint32(payload, at: 9))
      let length = Int(uint32(payload, at: 13))
      let kind: SpeechEvent.Kind
      switch payload[payload.startIndex] {
      case 0: kind = .word
      case 1: kind = .sentence
      default: kind = .mark(String(decoding: payload.dropFirst(17), as: UTF8.self))
      }
      return SpeechEvent(
        kind: kind, sample: Int(Int64(bitPattern: sample)), textPosition: position, length: length)
    }

    /// The next `count` bytes, or nil when none arrived within the stall timeout.
    private mutating func read(_ count: Int, input: String) throws(NarrationError) -> ArraySlice<
      UInt8
    >? {
      while buffer.count - start < count {
        if start > 0 {
          buffer.removeFirst(start)
          start = 0
        }
        var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&waiting, 1, stallTimeout)
        if ready < 0, errno == EINTR { continue }
        if ready == 0 { return nil }
        var chunk = [UInt8](repeating: 0, count: max(1 << 16, count))
        let got = chunk.withUnsafeMutableBytes { raw in
          Glibc.read(descriptor, raw.baseAddress, raw.count)
        }
        if got < 0, errno == EINTR { continue }
        guard got > 0 else {
          throw .engine(
            input, operation: "synthesize",
            message: "the synthesis process ended unexpectedly; try again or report the input")
        }
        buffer.append(contentsOf: chunk.prefix(got))
      }
      let slice = buffer[start..<(start + count)]
      start += count
      return slice
    }
  }
}
