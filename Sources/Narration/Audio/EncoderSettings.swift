/// How episodes are encoded: bit rate mode, bit rate, output sample rate and encoder effort.
public struct EncoderSettings: Sendable, Hashable, Codable {
  /// Constant or variable bit rate.
  public enum Mode: String, Sendable, Hashable, Codable, CaseIterable {
    case cbr
    case vbr
  }

  /// Constant bit rate (every player handles it, and byte offsets map to time) or VBR.
  public var mode: Mode
  /// Kilobits per second for CBR.
  public var bitrate: Int
  /// LAME's VBR quality, 0 (best) to 9, for VBR.
  public var vbrQuality: Int
  /// LAME's algorithm quality, 0 (slowest) to 9 (fastest); 5 is LAME's own "good" default.
  public var quality: Int
  /// The sample rate of the MP3 in Hz; 0 keeps the engine's rate.
  public var sampleRate: Int

  /// Creates settings; the defaults are mono CBR 64 kbit/s at 44.1 kHz.
  ///
  /// Chosen for podcast apps rather than size: 44.1 kHz makes an MPEG-1 Layer III stream, which
  /// every player and directory accepts (22.05 kHz is MPEG-2, which some hardware and ingest
  /// checks reject); constant bit rate lets every player seek to a chapter or transcript time
  /// exactly and report the right duration without reading the whole file; 64 kbit/s mono is
  /// the usual spoken-word rate (about 29 MB an hour).
  public init(
    mode: Mode = .cbr, bitrate: Int = 64, vbrQuality: Int = 5, quality: Int = 5,
    sampleRate: Int = 44100
  ) {
    self.mode = mode
    self.bitrate = bitrate
    self.vbrQuality = vbrQuality
    self.quality = quality
    self.sampleRate = sampleRate
  }
}
