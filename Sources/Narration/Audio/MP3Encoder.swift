import CLAME

/// One LAME encoder: the only code that calls libmp3lame.
///
/// Feed it PCM with ``encode(_:into:)``, end with ``finish(into:)``, then overwrite the first
/// frame of the stream with ``lameTagFrame()`` so decoders know the exact length. Each episode
/// gets its own encoder; LAME is safe with one handle per thread.
public struct MP3Encoder: ~Copyable {
  private let handle: OpaquePointer
  private var finished = false

  /// Creates an encoder for mono 16-bit PCM at `inputSampleRate`.
  public init(settings: EncoderSettings, inputSampleRate: Int) throws(NarrationError) {
    guard let handle = lame_init() else {
      throw .encoder(operation: "allocate an encoder", code: -1)
    }
    do {
      try Self.configure(handle, settings: settings, inputSampleRate: inputSampleRate)
    } catch {
      lame_close(handle)
      throw error
    }
    self.handle = handle
  }

  private static func configure(
    _ handle: OpaquePointer, settings: EncoderSettings, inputSampleRate: Int
  ) throws(NarrationError) {
    let outputRate = settings.sampleRate == 0 ? inputSampleRate : settings.sampleRate
    try Self.check(lame_set_in_samplerate(handle, Int32(inputSampleRate)), "set the input rate")
    try Self.check(lame_set_out_samplerate(handle, Int32(outputRate)), "set the output rate")
    try Self.check(lame_set_num_channels(handle, 1), "set one channel")
    try Self.check(lame_set_mode(handle, MONO), "set mono mode")
    switch settings.mode {
    case .cbr:
      try Self.check(lame_set_VBR(handle, vbr_off), "turn VBR off")
      try Self.check(lame_set_brate(handle, Int32(settings.bitrate)), "set the bit rate")
    case .vbr:
      try Self.check(lame_set_VBR(handle, vbr_default), "turn VBR on")
      try Self.check(lame_set_VBR_quality(handle, Float(settings.vbrQuality)), "set VBR quality")
    }
    try Self.check(lame_set_quality(handle, Int32(settings.quality)), "set the quality")
    try Self.check(lame_set_bWriteVbrTag(handle, 1), "enable the info tag")
    lame_set_write_id3tag_automatic(handle, 0)  // returns void: LAME writes no tags of its own
    try Self.check(lame_init_params(handle), "accept the settings")
  }

  deinit {
    lame_close(handle)
  }

  /// The version of libmp3lame, such as "3.100".
  public static var version: String {
    String(cString: get_lame_short_version())
  }

  /// Encodes PCM samples, appending whatever MP3 bytes are ready to `output`.
  public mutating func encode(
    _ samples: UnsafeBufferPointer<Int16>, into output: inout [UInt8]
  ) throws(NarrationError) {
    guard samples.count > 0, let base = samples.baseAddress else { return }
    // LAME's documented worst case: 1.25 × samples + 7200 bytes.
    let capacity = samples.count + samples.count / 4 + 7200
    let start = output.count
    output.append(contentsOf: repeatElement(0, count: capacity))
    let written = output.withUnsafeMutableBufferPointer { buffer in
      lame_encode_buffer(
        handle, base, nil, Int32(samples.count), buffer.baseAddress.map { $0 + start },
        Int32(capacity))
    }
    output.removeLast(capacity - max(0, Int(written)))
    try Self.check(written, "encode \(samples.count) samples")
  }

  /// Flushes the last frames into `output`; call once, after the last ``encode(_:into:)``.
  public mutating func finish(into output: inout [UInt8]) throws(NarrationError) {
    precondition(!finished, "MP3Encoder.finish called twice")
    finished = true
    let capacity = 7200
    let start = output.count
    output.append(contentsOf: repeatElement(0, count: capacity))
    let written = output.withUnsafeMutableBufferPointer { buffer in
      lame_encode_flush(handle, buffer.baseAddress.map { $0 + start }, Int32(capacity))
    }
    output.removeLast(capacity - max(0, Int(written)))
    try Self.check(written, "flush the last frames")
  }

  /// The Xing/LAME info frame for the finished stream: it replaces the stream's first frame.
  ///
  /// Nil when the stream has none: at low bit rates (for example CBR 48 kbit/s at 22.05 kHz) a
  /// frame is too small to hold the tag, and LAME then writes neither the placeholder frame nor
  /// the tag (decoders still play the file, with the encoder delay and padding heard as silence).
  public func lameTagFrame() throws(NarrationError) -> [UInt8]? {
    var frame = [UInt8](repeating: 0, count: 2880)
    let size = frame.withUnsafeMutableBufferPointer { buffer in
      lame_get_lametag_frame(handle, buffer.baseAddress, buffer.count)
    }
    if size == 0 { return nil }
    guard size <= frame.count else {
      throw .encoder(operation: "build the info tag", code: Int32(truncatingIfNeeded: size))
    }
    return Array(frame.prefix(size))
  }

  /// The encoder delay in samples (what a decoder skips at the start).
  public var encoderDelay: Int {
    Int(lame_get_encoder_delay(handle))
  }

  private static func check(_ code: Int32, _ operation: String) throws(NarrationError) {
    if code < 0 { throw .encoder(operation: operation, code: code) }
  }
}
