import Foundation

/// Applies a gain and a look-ahead peak limiter to mono PCM as it streams by.
///
/// Spoken eSpeak NG audio has a peak-to-loudness ratio near 20 dB, so reaching −16 LUFS with
/// peaks under −1 dBTP needs more than gain: each sample's allowed gain (ceiling ÷ |sample|) is
/// held at its minimum over the look-ahead window, averaged over the same window (so the gain
/// ramps down before a peak instead of clipping it), and let back up with an exponential
/// release. Output is delayed by the look-ahead internally but comes out aligned: output
/// sample `n` is input sample `n`; ``finish(_:)`` returns the last samples.
struct PeakLimiter {
  private let gain: Double
  private let ceiling: Double
  private let lookAhead: Int
  private let release: Double
  private var delay: [Double]
  private var allowed: [Double]
  private var window: [(index: Int, value: Double)] = []
  private var windowStart = 0
  private var held: [Double]
  private var heldSum: Double
  private var current = 1.0
  private var index = 0
  private var emitted = 0

  /// - Parameters:
  ///   - gainDecibels: Gain applied before limiting.
  ///   - ceilingDecibels: The highest sample peak let through, in dBFS.
  ///   - sampleRate: Sets the 5 ms look-ahead and 80 ms release.
  init(gainDecibels: Double, ceilingDecibels: Double, sampleRate: Int) {
    gain = pow(10, gainDecibels / 20)
    ceiling = pow(10, ceilingDecibels / 20) * 32767
    lookAhead = max(1, sampleRate / 200)
    release = 1 - exp(-1 / (0.080 * Double(sampleRate)))
    delay = Array(repeating: 0, count: lookAhead + 1)
    allowed = Array(repeating: 1, count: lookAhead + 1)
    held = Array(repeating: 1, count: lookAhead + 1)
    heldSum = Double(lookAhead + 1)
  }

  /// Processes samples, appending those that are ready (all but the look-ahead) to `output`.
  mutating func process(_ samples: UnsafeBufferPointer<Int16>, into output: inout [Int16]) {
    for sample in samples { push(Double(sample) * gain, into: &output) }
  }

  /// Appends the samples still held back.
  mutating func finish(into output: inout [Int16]) {
    let inputs = index
    while emitted < inputs { push(0, into: &output) }
  }

  private mutating func push(_ value: Double, into output: inout [Int16]) {
    let slot = index % (lookAhead + 1)
    delay[slot] = value
    // The input from lookAhead samples ago, whose gain is decided now.
    let outgoing = delay[(index + 1) % (lookAhead + 1)]
    let limit = abs(value) > ceiling ? ceiling / abs(value) : 1
    // Sliding minimum of the allowed gain over the last lookAhead + 1 inputs.
    while window.count > windowStart, let last = window.last, last.value >= limit {
      window.removeLast()
    }
    window.append((index, limit))
    if window[windowStart].index <= index - lookAhead - 1 { windowStart += 1 }
    if windowStart > 256 {
      window.removeFirst(windowStart)
      windowStart = 0
    }
    let minimum = window[windowStart].value
    heldSum += minimum - held[slot]
    held[slot] = minimum
    let smoothed = min(1, heldSum / Double(lookAhead + 1))
    current = smoothed < current ? smoothed : current + (smoothed - current) * release
    if index >= lookAhead {
      let scaled = (outgoing * current).rounded()
      output.append(Int16(clamping: Int(max(-32768, min(32767, scaled)))))
      emitted += 1
    }
    index += 1
  }
}
