import Foundation

/// The K-weighting filter of ITU-R BS.1770-4: a high shelf (+4 dB above about 1.7 kHz) and a
/// high-pass (about 38 Hz), for any sample rate.
///
/// Coefficients come from the filters' analog definitions (as libebur128 and ffmpeg derive them).
struct KWeighting {
  private var shelf: Biquad
  private var highPass: Biquad

  init(sampleRate: Int) {
    let rate = Double(sampleRate)
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
  }

  /// Filters the next sample (full scale = 1).
  mutating func process(_ value: Double) -> Double {
    highPass.process(shelf.process(value))
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
