/// Measures an MP3 file's playing time from its frames, to check `itunes:duration`.
///
/// Reads the Xing/Info frame when the encoder wrote one (LAME does), else walks every MPEG audio
/// frame header. Only the headers are read; nothing is decoded.
public enum MP3Duration {
  /// The duration in seconds, or nil when no MPEG audio frames are found.
  public static func seconds(of bytes: [UInt8]) -> Double? {
    var index = 0
    // Skip an ID3v2 tag: "ID3", version, flags, then a 28-bit syncsafe size.
    if bytes.count > 10, bytes[0] == 0x49, bytes[1] == 0x44, bytes[2] == 0x33 {
      let size = bytes[6...9].reduce(0) { $0 << 7 | Int($1 & 0x7F) }
      index = 10 + size + (bytes[5] & 0x10 != 0 ? 10 : 0)
    }
    var frames = 0
    var samples = 0
    var sampleRate = 0
    var first = true
    while index + 4 <= bytes.count {
      guard let header = Header(bytes[index], bytes[index + 1], bytes[index + 2], bytes[index + 3])
      else {
        // Not a frame: resynchronise (only before the first frame or in damaged files).
        index += 1
        continue
      }
      if first {
        first = false
        sampleRate = header.sampleRate
        if let total = xingFrameCount(bytes, at: index, header: header) {
          return Double(total * header.samplesPerFrame) / Double(header.sampleRate)
        }
      }
      frames += 1
      samples += header.samplesPerFrame
      index += header.length
    }
    guard frames > 0, sampleRate > 0 else { return nil }
    return Double(samples) / Double(sampleRate)
  }

  /// The frame count in a Xing/Info header inside the first frame, if there is one.
  private static func xingFrameCount(_ bytes: [UInt8], at start: Int, header: Header) -> Int? {
    let sideInfo: Int
    switch (header.isMPEG1, header.isMono) {
    case (true, false): sideInfo = 32
    case (true, true): sideInfo = 17
    case (false, false): sideInfo = 17
    case (false, true): sideInfo = 9
    }
    let tag = start + 4 + sideInfo
    guard tag + 12 <= bytes.count else { return nil }
    let id = Array(bytes[tag..<tag + 4])
    guard id == Array("Xing".utf8) || id == Array("Info".utf8) else { return nil }
    let flags = bytes[tag + 4..<tag + 8].reduce(0) { $0 << 8 | Int($1) }
    guard flags & 1 != 0 else { return nil }
    return bytes[tag + 8..<tag + 12].reduce(0) { $0 << 8 | Int($1) }
  }

  /// One MPEG audio layer III frame header.
  struct Header {
    var isMPEG1: Bool
    var isMono: Bool
    var sampleRate: Int
    var samplesPerFrame: Int
    var length: Int

    init?(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8, _ b3: UInt8) {
      guard b0 == 0xFF, b1 & 0xE0 == 0xE0 else { return nil }
      let version = (b1 >> 3) & 0x03  // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
      let layer = (b1 >> 1) & 0x03  // 1 = layer III
      guard version != 1, layer == 1 else { return nil }
      let bitrateIndex = Int(b2 >> 4)
      let rateIndex = Int((b2 >> 2) & 0x03)
      guard bitrateIndex != 0, bitrateIndex != 15, rateIndex != 3 else { return nil }
      isMPEG1 = version == 3
      let bitrates =
        isMPEG1
        ? [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
        : [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
      let rates = [
        [11_025, 12_000, 8_000], [0, 0, 0], [22_050, 24_000, 16_000], [44_100, 48_000, 32_000],
      ]
      sampleRate = rates[Int(version)][rateIndex]
      samplesPerFrame = isMPEG1 ? 1152 : 576
      isMono = (b3 >> 6) == 3
      let padding = Int((b2 >> 1) & 0x01)
      length = samplesPerFrame / 8 * bitrates[bitrateIndex] * 1000 / sampleRate + padding
      guard length > 4 else { return nil }
    }
  }
}
