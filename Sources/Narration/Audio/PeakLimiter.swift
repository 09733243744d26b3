import Foundation

/// Applies a gain and a look-ahead true-peak limiter to mono PCM as it streams by.
///
/// Spoken eSpeak NG audio has a peak-to-loudness ratio near 20 dB, so reaching −16 LUFS with
/// true peaks under −1 dBTP needs more than gain. Peaks are read 4× oversampled
/// (``TruePeakDetector``, BS.1770 Annex 2), so the peaks between samples that a decoder or
/// resampler reconstructs are limited too, not only the samples. They are read with
/// ``emphasis``: MP3 at 64 kbit/s quantizes the upper bands coarsely, and its error there
/// reached 30–40% of the band's amplitude (a fricative limited to −2 dBTP decoded at −0.2), so
/// high-frequency peaks get up to 3 dB more room while vowels, which carry the loudness, keep
/// theirs. Each step's allowed gain
/// (ceiling ÷ the highest true peak within ±8 samples of the 5 ms look-ahead) is averaged over
/// the look-ahead (``LimiterGain``), so that every sample within the interpolation filter's
/// reach of a peak gets at most the gain that peak allows. Output is delayed internally but
/// comes out aligned: output sample `n` is input sample `n`; ``finish(into:)`` returns the last
/// samples.
struct PeakLimiter {
  /// How the windows relate, for a look-ahead of `L` samples: the peak read at step `m` covers
  /// the samples around `m` (``TruePeakDetector/delay``); the hold window spans `L + 17` steps
  /// and the average `L + 1`, so output sample `q` (gain from steps `q + 8 ... q + 8 + L`) gets
  /// no more gain than any peak in `q − 8 ... q + 8` allows.
  struct Windows {
    let lookAhead: Int
    var hold: Int { lookAhead + 2 * TruePeakDetector.delay + 1 }
    var average: Int { lookAhead + 1 }
    /// Steps from an input sample to its output.
    var delay: Int { lookAhead + 2 * TruePeakDetector.delay }
    /// The exponential release per step (80 ms).
    let release: Double

    init(sampleRate: Int) {
      lookAhead = max(1, sampleRate / 200)
      release = 1 - exp(-1 / (0.080 * Double(sampleRate)))
    }
  }

  /// The pre-emphasis peaks are read with (``TruePeakDetector/init(emphasis:)``).
  static let emphasis: Float = 0.3

  private let gain: Double
  private let threshold: Double
  private let windows: Windows
  private var detector = TruePeakDetector(emphasis: Self.emphasis)
  private var holder: SlidingMaximum
  private var curve: LimiterGain
  /// Inputs whose gain is not decided yet (the first `delay` are the oldest).
  private var pending: [Float]
  /// Outputs still to drop: those of the `delay` zeros `pending` starts with.
  private var skip: Int
  private var peaks: [Float] = []
  private var factors: [Double] = []

  /// - Parameters:
  ///   - gainDecibels: Gain applied before limiting.
  ///   - ceilingDecibels: The highest true peak let through, in dBTP.
  ///   - sampleRate: Sets the 5 ms look-ahead and 80 ms release.
  init(gainDecibels: Double, ceilingDecibels: Double, sampleRate: Int) {
    gain = pow(10, gainDecibels / 20)
    windows = Windows(sampleRate: sampleRate)
    threshold = pow(10, ceilingDecibels / 20) * 32768 / gain
    holder = SlidingMaximum(length: windows.hold)
    curve = LimiterGain(threshold: threshold, length: windows.average, release: windows.release)
    pending = Array(repeating: 0, count: windows.delay)
    skip = windows.delay
  }

  /// Processes samples, appending those that are ready (all but the look-ahead) to `output`.
  mutating func process(_ samples: UnsafeBufferPointer<Int16>, into output: inout [Int16]) {
    let count = samples.count
    guard count > 0 else { return }
    peaks.removeAll(keepingCapacity: true)
    detector.process(samples, floor: Float(threshold), into: &peaks)
    holder.process(&peaks)
    curve.process(peaks, into: &factors)
    pending.append(contentsOf: samples.lazy.map(Float.init))
    let gain = gain
    let dropped = min(skip, count)
    skip -= dropped
    output.reserveCapacity(output.count + count - dropped)
    for step in dropped..<count {
      let scaled = (Double(pending[step]) * gain * factors[step]).rounded()
      output.append(Int16(max(-32768, min(32767, scaled))))
    }
    pending.removeFirst(count)
  }

  /// Appends the samples still held back.
  mutating func finish(into output: inout [Int16]) {
    let zeros = [Int16](repeating: 0, count: windows.delay)
    zeros.withUnsafeBufferPointer { process($0, into: &output) }
  }
}
