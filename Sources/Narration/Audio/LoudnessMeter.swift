import Foundation

/// Measures integrated loudness (ITU-R BS.1770-4 / EBU R 128) of mono PCM as it streams by.
///
/// K-weighting (a high shelf and a high-pass), mean squares over 400 ms blocks every 100 ms,
/// an absolute gate at −70 LUFS and a relative gate 10 LU below the ungated mean: the same
/// method as ffmpeg's `ebur128` filter. Memory: one number per 100 ms of audio.
struct LoudnessMeter {
  private var shelf: Biquad
  private var highPass: Biquad
  private let blockLength: Int
  private var energy = 0.0
  private var count = 0
  private var quarters: [Double] = []
  /// The largest absolute sample value seen (full scale = 1).
  private(set) var samplePeak = 0.0

  init(sampleRate: Int) {
    let rate = Double(sampleRate)
    // Coefficients for any sample rate, from the filters' analog definitions (as libebur128).
    var k = tan(Double.pi * 1681.974450955533 / rate)
    let q1 = 0.7071752369554196
    let vh = pow(10, 3.999843853973347 / 20)
    let vb = pow(vh, 0.4996667741545416)
    var a0 = 1 + k / q1 + k * k
    shelf = Biquad(
      b0: (vh + vb * k / q1 + k * k) / a0, b1: 2 * (k * k - vh) / a0,
      b2: (vh - vb * k / q1 + k * k) / a0, a1: 2 * (k * k - 1) / a0, a2: (1 - k / q1 + k * k) / a0)
    k = tan(Double.pi * 38.13547087602444 / rate)
    let q2 = 0.5003270373238773
    a0 = 1 + k / q2 + k * k
    highPass = Biquad(
      b0: 1, b1: -2, b2: 1, a1: 2 * (k * k - 1) / a0, a2: (1 - k / q2 + k * k) / a0)
    blockLength = max(1, sampleRate / 10)
  }

  /// Adds samples.
  mutating func add(_ samples: UnsafeBufferPointer<Int16>) {
    for sample in samples {
      let value = Double(sample) / 32768
      samplePeak = max(samplePeak, abs(value))
      let weighted = highPass.process(shelf.process(value))
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
  var integrated: Double? {
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

  /// One second-order IIR section (direct form I).
  private struct Biquad {
    let b0: Double
    let b1: Double
    let b2: Double
    let a1: Double
    let a2: Double
    var x1 = 0.0
    var x2 = 0.0
    var y1 = 0.0
    var y2 = 0.0

    init(b0: Double, b1: Double, b2: Double, a1: Double, a2: Double) {
      self.b0 = b0
      self.b1 = b1
      self.b2 = b2
      self.a1 = a1
      self.a2 = a2
    }

    mutating func process(_ x: Double) -> Double {
      let y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
      x2 = x1
      x1 = x
      y2 = y1
      y1 = y
      return y
    }
  }
}
