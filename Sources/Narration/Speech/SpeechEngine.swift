import CEspeakNG
import Foundation

/// The process's one eSpeak NG engine: the only code that calls libespeak-ng.
///
/// eSpeak NG keeps all its state in globals and corrupts audio when two threads synthesize at
/// once, so there is exactly one engine per process (``shared()``) and every call holds its lock.
/// Parallel narration runs in separate processes, each with its own engine.
public final class SpeechEngine: @unchecked Sendable {
  /// The sample rate of everything the engine produces (22,050 Hz for eSpeak NG's own voices).
  public let sampleRate: Int
  /// The library's version string, such as "1.51".
  public let version: String

  private let lock = NSLock()

  private static let instance: Result<SpeechEngine, NarrationError> = Result {
    () throws(NarrationError) -> SpeechEngine in try SpeechEngine()
  }

  /// The process's engine, initialised on first use.
  public static func shared() throws(NarrationError) -> SpeechEngine {
    try instance.get()
  }

  private init() throws(NarrationError) {
    espeak_ng_InitializePath(nil)
    var context: espeak_ng_ERROR_CONTEXT? = nil
    try Self.check(
      espeak_ng_Initialize(&context), context: context, input: "eSpeak NG", "initialise")
    try Self.check(
      espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nil), input: "eSpeak NG",
      "set up synchronous output")
    sampleRate = Int(espeak_ng_GetSampleRate())
    var dataPath: UnsafePointer<CChar>? = nil
    version = String(cString: espeak_Info(&dataPath))
    espeak_SetSynthCallback { wave, count, events in
      guard let events, let context = events.pointee.user_data else { return 0 }
      let sink = Unmanaged<SynthesisSink>.fromOpaque(context).takeUnretainedValue()
      return sink.receive(wave: wave, count: Int(count), events: events)
    }
  }

  /// One piece of text for ``speak(_:input:receive:)``, with the voice that speaks it.
  public struct Utterance: Sendable, Hashable {
    /// Plain text, or SSML when `ssml` is true.
    public var text: String
    /// Whether `text` is SSML.
    public var ssml: Bool
    /// The preset whose eSpeak voice, rate, pitch, range and volume are used.
    public var voice: VoicePreset

    /// Creates an utterance.
    public init(_ text: String, ssml: Bool = false, voice: VoicePreset) {
      self.text = text
      self.ssml = ssml
      self.voice = voice
    }
  }

  /// What ``speak(_:input:receive:)`` reports, in order, for each utterance.
  public enum Progress {
    /// Audio and events of utterance `index`; sample offsets count from that utterance's start.
    case chunk(index: Int, SpeechChunk)
    /// Utterance `index` is complete.
    case finished(index: Int)
  }

  /// Speaks one piece of text, handing PCM and timing events to `receive` as they are made.
  ///
  /// Runs synchronously; `receive` is called about every 60 ms of audio. If `receive` throws,
  /// synthesis stops and the error is rethrown. Like every call, it starts from the engine's
  /// pristine state (see ``speak(_:input:receive:)``).
  /// - Parameters:
  ///   - text: Plain text, or SSML when `ssml` is true.
  ///   - voice: The preset whose eSpeak voice, rate, pitch, range and volume are used.
  ///   - input: How to name the input in error messages.
  public func speak(
    _ text: String, voice: VoicePreset, ssml: Bool = false, input: String,
    receive: (SpeechChunk) throws -> Void
  ) throws {
    try speak([Utterance(text, ssml: ssml, voice: voice)], input: input) { progress in
      if case .chunk(_, let chunk) = progress { try receive(chunk) }
    }
  }

  /// Speaks utterances in order, as one episode, from the engine's pristine state.
  ///
  /// eSpeak NG's wave generator keeps state from call to call that no API resets: the pitch
  /// "flutter" index (a function-local static in `AdvanceParameters`), the roughness cycle
  /// counter and the automatic gain in `Wavegen`. So audio depended on everything spoken
  /// before in the process. Here the utterances are spoken in a child process forked from this
  /// one, which itself never synthesizes: every call starts from the same state, as in a new
  /// process, and gives the same samples and events. PCM and events come back through a pipe.
  /// On systems without `fork` the utterances are spoken in-process (not reproducible).
  public func speak(
    _ utterances: [Utterance], input: String, receive: (Progress) throws -> Void
  ) throws {
    #if os(Linux)
    try speakInChild(utterances, input: input, receive: receive)
    #else
    lock.lock()
    defer { lock.unlock() }
    try withoutActuallyEscaping(receive) { receive in
      for (index, utterance) in utterances.enumerated() {
        try apply(utterance.voice, input: input)
        let sink = SynthesisSink { chunk in try receive(.chunk(index: index, chunk)) }
        try synthesize(utterance.text, ssml: utterance.ssml, input: input, sink: sink)
        try receive(.finished(index: index))
      }
    }
    #endif
  }

  #if os(Linux)
  /// How long a synthesis child may send nothing before it counts as stuck, in milliseconds.
  ///
  /// Synthesis runs hundreds of times faster than real time and sends a frame every few
  /// milliseconds, so a minute of silence means the child is stuck, not slow.
  static let stallTimeout: Int32 = 60_000

  /// Speaks in a forked child; a child that is stuck before it sends anything is replaced once.
  ///
  /// `fork()` copies only the calling thread. If another thread held a lock of the Swift runtime
  /// or the C library at that moment, the child can wait on it forever (seen once in a parallel
  /// test run). Such a child is stuck at its start, so it is killed and forked again.
  private func speakInChild(
    _ utterances: [Utterance], input: String, receive: (Progress) throws -> Void
  ) throws {
    for _ in 1...2 {
      if try speakInOneChild(utterances, input: input, receive: receive) { return }
    }
    throw NarrationError.engine(
      input, operation: "synthesize",
      message: "the synthesis process stopped responding twice; try again")
  }

  /// One child's run; false when the child was stuck before it sent anything (it is killed).
  private func speakInOneChild(
    _ utterances: [Utterance], input: String, receive: (Progress) throws -> Void
  ) throws -> Bool {
    var pipeEnds: [Int32] = [-1, -1]
    guard pipe(&pipeEnds) == 0 else {
      throw NarrationError.engine(
        input, operation: "open a pipe to the synthesis process",
        message: String(cString: strerror(errno)))
    }
    let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
    // Warm up in the parent what the child uses, so the child needs no runtime lock that another
    // thread might hold at the moment of the fork.
    var warmUp = SynthesisFrames.Writer(descriptor: -1)
    warmUp.event(index: 0, SpeechEvent(kind: .mark("x"), sample: 0, textPosition: 1, length: 0))
    lock.lock()
    let child = fork()
    lock.unlock()
    if child == 0 {
      close(readEnd)
      runChild(utterances, input: input, descriptor: writeEnd)
    }
    close(writeEnd)
    guard child > 0 else {
      close(readEnd)
      throw NarrationError.engine(
        input, operation: "start the synthesis process", message: String(cString: strerror(errno)))
    }
    var reader = SynthesisFrames.Reader(descriptor: readEnd, stallTimeout: Self.stallTimeout)
    var finishedCleanly = false
    defer {
      close(readEnd)
      if !finishedCleanly { kill(child, SIGKILL) }
      var status: Int32 = 0
      while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    }
    while true {
      switch try reader.next(input: input) {
      case .chunk(let index, let samples, let events):
        try samples.withUnsafeBufferPointer { buffer in
          try receive(.chunk(index: index, SpeechChunk(samples: buffer, events: events)))
        }
      case .finished(let index):
        try receive(.finished(index: index))
      case .failed(let message):
        throw NarrationError.engine(input, operation: "synthesize", message: message)
      case .done:
        finishedCleanly = true
        return true
      case .stalled:
        guard !reader.receivedAny else {
          throw NarrationError.engine(
            input, operation: "synthesize",
            message: "the synthesis process stopped responding mid-episode; try again")
        }
        return false
      }
    }
  }

  /// The child's whole life: speak, stream frames, exit.
  ///
  /// Never returns.
  private func runChild(_ utterances: [Utterance], input: String, descriptor: Int32) -> Never {
    var writer = SynthesisFrames.Writer(descriptor: descriptor)
    do {
      for (index, utterance) in utterances.enumerated() {
        try apply(utterance.voice, input: input)
        let sink = SynthesisSink { chunk in
          for event in chunk.events { writer.event(index: index, event) }
          writer.samples(index: index, chunk.samples)
          if !writer.flush() { throw NarrationError.engine(input, operation: "", message: "") }
        }
        try synthesize(utterance.text, ssml: utterance.ssml, input: input, sink: sink)
        writer.finished(index: index)
      }
      writer.done()
    } catch let error as NarrationError {
      if case .engine(_, let operation, let message) = error {
        writer.failure("\(operation): \(message)")
      } else {
        writer.failure(error.description)
      }
    } catch {
      writer.failure("\(error)")
    }
    _ = writer.flush()
    _exit(0)
  }
  #endif

  private func synthesize(
    _ text: String, ssml: Bool, input: String, sink: SynthesisSink
  ) throws {
    var flags = UInt32(espeakCHARS_UTF8) | UInt32(espeakPHONEMES)
    if ssml { flags |= UInt32(espeakSSML) }
    let status = withExtendedLifetime(sink) { () -> espeak_ng_STATUS in
      let context = Unmanaged.passUnretained(sink).toOpaque()
      return text.withCString { pointer in
        espeak_ng_Synthesize(
          pointer, strlen(pointer) + 1, 0, POS_CHARACTER, 0, flags, nil, context)
      }
    }
    if let error = sink.error { throw error }
    try Self.check(status, input: input, "synthesize")
  }

  /// Sets the voice and its parameters; after a failed voice change eSpeak is left half-switched,
  /// so it is reset to a known voice before the error is reported.
  private func apply(_ voice: VoicePreset, input: String) throws(NarrationError) {
    let status = espeak_ng_SetVoiceByName(voice.engineVoiceName)
    if status != ENS_OK {
      _ = espeak_ng_SetVoiceByName("en")
      try Self.check(status, input: input, "select voice '\(voice.engineVoiceName)'")
    }
    let parameters: [(espeak_PARAMETER, Int)] = [
      (espeakRATE, voice.base.rate), (espeakPITCH, voice.base.pitch),
      (espeakRANGE, voice.base.range), (espeakVOLUME, voice.base.volume),
    ]
    for (parameter, value) in parameters {
      try Self.check(
        espeak_ng_SetParameter(parameter, Int32(value), 0), input: input,
        "set parameter \(parameter.rawValue) to \(value)")
    }
  }

  /// The installed eSpeak NG voices, as (identifier, languages) pairs.
  public func installedVoices() -> [(identifier: String, language: String)] {
    lock.lock()
    defer { lock.unlock() }
    var result: [(String, String)] = []
    guard var cursor = espeak_ListVoices(nil) else { return [] }
    while let voice = cursor.pointee {
      let identifier = voice.pointee.identifier.map { String(cString: $0) } ?? ""
      // `languages` is a list of (priority byte, NUL-terminated name); take the first name.
      let language = voice.pointee.languages.map { String(cString: $0 + 1) } ?? ""
      result.append((identifier, language))
      cursor += 1
    }
    return result
  }

  /// The eSpeak phoneme mnemonics the engine would speak for a text, one clause per line.
  ///
  /// Uses `espeak_TextToPhonemes`, which translates one clause per call: it is called until the
  /// text pointer comes back NULL, so no leftover text leaks into a later call. That function
  /// does not read inline `[[...]]` phonemes, so those are passed through as written, joined to
  /// the clause they stand in.
  /// - Parameters:
  ///   - text: Plain text (not SSML), possibly with `[[phonemes]]`.
  ///   - voice: The preset whose eSpeak voice decides the language rules.
  ///   - input: How to name the input in error messages.
  public func phonemes(
    _ text: String, voice: VoicePreset, input: String
  ) throws(NarrationError) -> [String] {
    lock.lock()
    defer { lock.unlock() }
    try apply(voice, input: input)
    var lines: [String] = []
    var joinNext = false
    func add(_ clause: String, join: Bool) {
      if join, let last = lines.popLast() {
        lines.append(last + " " + clause)
      } else {
        lines.append(clause)
      }
    }
    for part in SSMLWriter.parts(text) {
      switch part {
      case .phonemes(let phonemes):
        add(phonemes, join: !lines.isEmpty)
        joinNext = true
      case .text(let words):
        let clauses = Self.textToPhonemes(words)
        for (index, clause) in clauses.enumerated() {
          add(clause, join: index == 0 && joinNext)
        }
        joinNext = !clauses.isEmpty && !words.trimmingCharacters(in: .whitespaces).hasSuffix(".")
      }
    }
    return lines
  }

  /// `espeak_TextToPhonemes` over a whole text, one clause per call; call with the lock held.
  private static func textToPhonemes(_ text: String) -> [String] {
    var clauses: [String] = []
    text.withCString { start in
      var cursor: UnsafeRawPointer? = UnsafeRawPointer(start)
      // Each call consumes at least one clause; the bound only guards against a library bug.
      var calls = 0
      while cursor != nil, calls <= text.utf8.count {
        calls += 1
        guard let result = espeak_TextToPhonemes(&cursor, Int32(espeakCHARS_UTF8), 0) else {
          continue
        }
        let clause = String(cString: result).trimmingCharacters(in: .whitespaces)
        if !clause.isEmpty { clauses.append(clause) }
      }
    }
    return clauses
  }

  /// The installed eSpeak NG variants (`m3`, `f2`, `klatt`...), usable as `voice+variant`.
  public func installedVariants() -> [String] {
    lock.lock()
    defer { lock.unlock() }
    var spec = espeak_VOICE()
    return "variant".withCString { language -> [String] in
      spec.languages = language
      guard var cursor = espeak_ListVoices(&spec) else { return [] }
      var result: [String] = []
      while let voice = cursor.pointee {
        // Variant identifiers are paths such as "!v/m3".
        if let identifier = voice.pointee.identifier.map({ String(cString: $0) }) {
          result.append(String(identifier.split(separator: "/").last ?? Substring(identifier)))
        }
        cursor += 1
      }
      return result
    }
  }

  /// Whether eSpeak NG can select a voice by this name (the identifier, optionally `+variant`).
  public func hasVoice(_ name: String) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    let ok = espeak_ng_SetVoiceByName(name) == ENS_OK
    if !ok { _ = espeak_ng_SetVoiceByName("en") }
    return ok
  }

  /// Turns an eSpeak NG status into a ``NarrationError`` carrying the library's own message.
  private static func check(
    _ status: espeak_ng_STATUS, context: espeak_ng_ERROR_CONTEXT? = nil, input: String,
    _ operation: String
  ) throws(NarrationError) {
    guard status != ENS_OK else { return }
    var buffer = [CChar](repeating: 0, count: 512)
    espeak_ng_GetStatusCodeMessage(status, &buffer, buffer.count)
    let message = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var owned = context
    if owned != nil { espeak_ng_ClearErrorContext(&owned) }
    throw .engine(input, operation: operation, message: message)
  }
}

/// Carries the Swift closure through eSpeak NG's context-free C callback.
private final class SynthesisSink {
  let receive: (SpeechChunk) throws -> Void
  var error: (any Error)?

  init(receive: @escaping (SpeechChunk) throws -> Void) {
    self.receive = receive
  }

  func receive(
    wave: UnsafeMutablePointer<Int16>?, count: Int, events: UnsafeMutablePointer<espeak_EVENT>
  ) -> Int32 {
    guard error == nil else { return 1 }
    var collected: [SpeechEvent] = []
    var cursor = events
    while cursor.pointee.type != espeakEVENT_LIST_TERMINATED {
      let event = cursor.pointee
      let position = Int(event.text_position)
      let sample = Int(event.sample)
      switch event.type {
      case espeakEVENT_WORD:
        collected.append(
          SpeechEvent(
            kind: .word, sample: sample, textPosition: position, length: Int(event.length)))
      case espeakEVENT_SENTENCE:
        collected.append(
          SpeechEvent(kind: .sentence, sample: sample, textPosition: position, length: 0))
      case espeakEVENT_MARK:
        let name = event.id.name.map { String(cString: $0) } ?? ""
        collected.append(
          SpeechEvent(kind: .mark(name), sample: sample, textPosition: position, length: 0))
      default:
        break
      }
      cursor += 1
    }
    let samples = UnsafeBufferPointer(start: wave, count: wave == nil ? 0 : count)
    do {
      try receive(SpeechChunk(samples: samples, events: collected))
      return 0
    } catch {
      self.error = error
      return 1
    }
  }
}
