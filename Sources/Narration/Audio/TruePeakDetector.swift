import Foundation

/// Estimates the true (inter-sample) peak of mono PCM as it streams by, by 4× oversampling.
///
/// ITU-R BS.1770-4 Annex 2: a decoder or resampler reconstructs the waveform between samples,
/// and its peaks can lie above every sample, so peaks are read on the signal upsampled four
/// times with an interpolating low-pass filter. Here each sample `n` reports the largest of
/// |x[n]| and the three interpolated values at n + 1/4, n + 2/4 and n + 3/4, from a 16-tap
/// (per phase) Blackman-windowed sinc, each phase scaled to unity gain at DC. Reports lag the
/// input by ``delay`` samples (the filter needs 8 samples after `n`).
///
/// With `emphasis`, peaks are read on a pre-emphasized copy (high frequencies weighed up), as
/// ``PeakLimiter`` does to leave the MP3 encoder room where it errs most.
///
/// Only peaks above a floor matter to the limiter, so where no interpolated value could exceed
/// the floor (the largest sample within reach times the filter's absolute sum is below it), the
/// report is just |x[n]|: most of speech skips the filter.
struct TruePeakDetector {
  /// How many samples a report lags the input.
  static let delay = 8
  /// Filter taps per phase (x[n − 7] through x[n + 8]).
  private static let taps = 16
  /// The three phases' coefficients, 16 each.
  private let coefficients: [Float]
  /// The most any phase can amplify: the largest sum of absolute coefficients (a bound).
  private let reach: Float
  /// The last 15 input samples, then the current chunk.
  private var window: [Float]
  private var magnitudes: [Float] = []
  private let emphasis: Float
  private var previous: Float = 0
  private var nearby: [Float] = []

  /// - Parameter emphasis: Reads the peaks of `x[n] + emphasis × (x[n] − x[n − 1])` instead of
  ///   `x`: 0 measures the signal itself; more weighs high frequencies up (0.3 adds 1 dB at
  ///   3 kHz and 2.8 dB at 6 kHz, at 22.05 kHz, and nothing at low frequencies).
  init(emphasis: Float = 0) {
    self.emphasis = emphasis
    var coefficients: [Float] = []
    var reach = 0.0
    for phase in 1...3 {
      let fraction = Double(phase) / 4
      var values: [Double] = []
      for tap in 0..<Self.taps {
        // Distance from the interpolated point (n + fraction) to sample n + tap − 7.
        let t = Double(tap - 7) - fraction
        let sinc = sin(Double.pi * t) / (Double.pi * t)
        let x = t / 8.5  // within −1...1 over the filter's span
        let window = 0.42 + 0.5 * cos(Double.pi * x) + 0.08 * cos(2 * Double.pi * x)
        values.append(sinc * window)
      }
      let sum = values.reduce(0, +)
      coefficients += values.map { Float($0 / sum) }
      reach = max(reach, values.reduce(0) { $0 + abs($1 / sum) })
    }
    self.coefficients = coefficients
    self.reach = Float(reach * 1.001)
    window = Array(repeating: 0, count: Self.taps - 1)
  }

  /// Appends to `peaks` one report per sample.
  ///
  /// Each is the true-peak estimate (absolute, in sample units) of the sample ``delay``
  /// positions earlier: exact where it exceeds `floor`; where it does not, possibly the lower
  /// |x[n]|.
  mutating func process(
    _ samples: UnsafeBufferPointer<Int16>, floor: Float, into peaks: inout [Float]
  ) {
    let count = samples.count
    guard count > 0 else { return }
    let taps = Self.taps
    for sample in samples {
      let value = Float(sample)
      window.append(value + emphasis * (value - previous))
      previous = value
    }
    let total = window.count
    magnitudes.removeAll(keepingCapacity: true)
    magnitudes.append(contentsOf: window.lazy.map(abs))
    // nearby[k] = the largest magnitude in window[k ..< k + 16], by doubling spans.
    nearby.removeAll(keepingCapacity: true)
    nearby.append(contentsOf: magnitudes)
    let reach = reach
    nearby.withUnsafeMutableBufferPointer { nearby in
      var span = 1
      while span < taps {
        for index in 0..<(total - span) {
          nearby[index] = Swift.max(nearby[index], nearby[index + span])
        }
        span *= 2
      }
    }
    let start = peaks.count
    peaks.append(contentsOf: repeatElement(0, count: count))
    window.withUnsafeBufferPointer { window in
      magnitudes.withUnsafeBufferPointer { magnitudes in
        nearby.withUnsafeBufferPointer { nearby in
          coefficients.withUnsafeBufferPointer { h in
            peaks.withUnsafeMutableBufferPointer { peaks in
              for k in 0..<count {
                let center = magnitudes[k + 7]
                guard nearby[k] * reach > floor else {
                  peaks[start + k] = center
                  continue
                }
                var a: Float = 0
                var b: Float = 0
                var c: Float = 0
                for tap in 0..<taps {
                  let x = window[k + tap]
                  a += h[tap] * x
                  b += h[taps + tap] * x
                  c += h[2 * taps + tap] * x
                }
                peaks[start + k] = Swift.max(center, Swift.max(abs(a), Swift.max(abs(b), abs(c))))
              }
            }
          }
        }
      }
    }
    window.removeFirst(count)
  }
}
