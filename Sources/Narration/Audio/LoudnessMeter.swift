import Foundation

/// Measures integrated loudness (ITU-R BS.1770-4 / EBU R 128) of mono PCM as it streams by.
///
/// K-weighting (``KWeighting``), mean squares over 400 ms blocks every 100 ms, an absolute gate
/// at −70 LUFS and a relative gate 10 LU below the ungated mean: the same method as ffmpeg's
/// `ebur128` filter. Memory: one number per 100 ms of audio.
struct LoudnessMeter {
  private var filter: KWeighting
  private let blockLength: Int
  private var energy = 0.0
  private var count = 0
  private var quarters: [Double] = []
  /// The largest absolute sample value seen (full scale = 1).
  private(set) var samplePeak = 0.0

  init(sampleRate: Int) {
    filter = KWeighting(sampleRate: sampleRate)
    blockLength = Self.quarterLength(sampleRate: sampleRate)
  }

  /// Samples in 100 ms, the step between 400 ms blocks.
  static func quarterLength(sampleRate: Int) -> Int { max(1, sampleRate / 10) }

  /// Adds samples.
  mutating func add(_ samples: UnsafeBufferPointer<Int16>) {
    for sample in samples {
      let value = Double(sample) / 32768
      samplePeak = max(samplePeak, abs(value))
      let weighted = filter.process(value)
      energy += weighted * weighted
      count += 1
      if count == blockLength {
        quarters.append(energy / Double(blockLength))
        energy = 0
        count = 0
      }
    }
  }

  /// The integrated loudness in LUFS; nil when nothing passed the gates (silence).
  var integrated: Double? { Self.integrated(quarters: quarters) }

  /// The gated integrated loudness in LUFS of K-weighted mean squares over consecutive 100 ms
  /// steps; nil when nothing passes the gates.
  static func integrated(quarters: [Double]) -> Double? {
    guard quarters.count >= 4 else { return nil }
    var blocks: [Double] = []
    blocks.reserveCapacity(quarters.count - 3)
    for index in 0..<(quarters.count - 3) {
      blocks.append(quarters[index..<(index + 4)].reduce(0, +) / 4)
    }
    func loudness(_ meanSquare: Double) -> Double { -0.691 + 10 * log10(meanSquare) }
    let absolute = blocks.filter { $0 > 0 && loudness($0) > -70 }
    guard !absolute.isEmpty else { return nil }
    let threshold = loudness(absolute.reduce(0, +) / Double(absolute.count)) - 10
    let relative = absolute.filter { loudness($0) > threshold }
    guard !relative.isEmpty else { return nil }
    return loudness(relative.reduce(0, +) / Double(relative.count))
  }
}
