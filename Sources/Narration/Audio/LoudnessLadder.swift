import Foundation

/// Predicts, in one pass over the unprocessed PCM, the integrated loudness that ``PeakLimiter``
/// would give at five gains, so that the gain landing at a target can be interpolated.
///
/// Synthesis is the costly part of a pass; the limiter's gain curve and the meter are cheap,
/// and most of their work does not depend on the gain: the true peaks, their hold-window
/// maximum and the K-weighting are computed once, and only the gain curves (``LimiterGain``,
/// idle where no peak comes near the ceiling) run per gain. The limited signal's K-weighted
/// energy is taken as the gain curve squared times the unlimited K-weighted energy (the curve
/// changes over milliseconds, slowly next to the filter), which the final pass checks by
/// measuring exactly.
///
/// The gains are placed around the one that would reach the target without limiting, estimated
/// from the first 20 s, which are held back (bounded memory: 20 s of samples) until then.
/// Memory otherwise: five Floats and a Double per 100 ms of audio (about 1.8 MB for 2 hours).
struct LoudnessLadder {
  /// The gains tried, in dB relative to the estimate from the first 20 s.
  ///
  /// Limiting only lowers the loudness (by 2 to 6 LU at −16 LUFS and a −3 dBTP ceiling), so
  /// the steps lie above. Loudness is smooth in the gain (its slope falls from about 0.8 to 0.3
  /// LU per dB over this range), so linear interpolation over 2.5 dB errs by a few hundredths
  /// of an LU; each step costs one gain curve per sample.
  static let steps: [Double] = [0, 2.5, 5, 7.5, 10]
  /// The loudness (LUFS) assumed for the first 20 s when they are silent: eSpeak NG's level at
  /// volume 100.
  private static let typicalLoudness = -21.0

  private let target: Double
  private let ceiling: Double
  private let sampleRate: Int
  private let windows: PeakLimiter.Windows
  private let quarterLength: Int
  private var prefix: [Int16] = []
  private var prefixMeter: LoudnessMeter
  private var lanes: Lanes?

  /// - Parameters:
  ///   - target: The integrated loudness (LUFS) the gains are placed around.
  ///   - ceilingDecibels: The limiter's true-peak ceiling, in dBTP.
  ///   - sampleRate: The PCM's sample rate.
  init(target: Double, ceilingDecibels: Double, sampleRate: Int) {
    self.target = target
    ceiling = pow(10, ceilingDecibels / 20) * 32768
    self.sampleRate = sampleRate
    windows = PeakLimiter.Windows(sampleRate: sampleRate)
    quarterLength = LoudnessMeter.quarterLength(sampleRate: sampleRate)
    prefixMeter = LoudnessMeter(sampleRate: sampleRate)
  }

  /// Adds samples.
  mutating func add(_ samples: UnsafeBufferPointer<Int16>) {
    if lanes == nil {
      prefix.append(contentsOf: samples)
      prefixMeter.add(samples)
      if prefix.count >= 20 * sampleRate { start() }
      return
    }
    lanes?.add(samples)
  }

  /// Ends the audio and returns, for each gain tried, the gain (dB) and the loudness (LUFS) the
  /// limiter gives with it (nil when silent).
  mutating func finish() -> [(gain: Double, loudness: Double?)] {
    if lanes == nil { start() }
    guard var lanes else { return [] }
    lanes.finish()
    self.lanes = lanes
    return lanes.results()
  }

  /// The unlimited audio's integrated loudness (LUFS), once ``finish()`` has run.
  var sourceLoudness: Double? { lanes?.sourceLoudness }

  /// The gain (dB) that lands at `loudness`, interpolated linearly between the two nearest gains
  /// tried, or extrapolated from the last two (slope kept within 0.2...1.5 LU per dB).
  static func gain(for loudness: Double, in results: [(gain: Double, loudness: Double?)])
    -> Double?
  {
    let points = results.compactMap { result in result.loudness.map { (result.gain, $0) } }
    guard let first = points.first else { return nil }
    guard points.count >= 2 else { return first.0 + loudness - first.1 }
    var lower = points[0]
    var upper = points[1]
    for (index, point) in points.enumerated().dropFirst() {
      lower = points[index - 1]
      upper = point
      if point.1 >= loudness { break }
    }
    let slope = (upper.1 - lower.1) / (upper.0 - lower.0)
    let inside = loudness >= lower.1 && loudness <= upper.1 && slope > 0
    let used = inside ? slope : min(1.5, max(0.2, slope.isFinite ? slope : 1))
    let base = loudness < lower.1 ? lower : upper
    return inside ? lower.0 + (loudness - lower.1) / used : base.0 + (loudness - base.1) / used
  }

  /// The loudness (LUFS) interpolated at `gain` from the gains tried (extrapolated from the
  /// nearest two outside them).
  static func loudness(at gain: Double, in results: [(gain: Double, loudness: Double?)])
    -> Double?
  {
    let points = results.compactMap { result in result.loudness.map { (result.gain, $0) } }
    guard let first = points.first else { return nil }
    guard points.count >= 2 else { return first.1 + gain - first.0 }
    var index = 1
    while index < points.count - 1, points[index].0 < gain { index += 1 }
    let (lower, upper) = (points[index - 1], points[index])
    return lower.1 + (gain - lower.0) * (upper.1 - lower.1) / (upper.0 - lower.0)
  }

  private mutating func start() {
    let estimate = prefixMeter.integrated ?? Self.typicalLoudness
    let gains = Self.steps.map { $0 + target - estimate }
    var lanes = Lanes(
      gains: gains, ceiling: ceiling, windows: windows, quarterLength: quarterLength,
      sampleRate: sampleRate)
    // In engine-sized pieces, so that the working buffers stay small.
    prefix.withUnsafeBufferPointer { prefix in
      for start in stride(from: 0, to: prefix.count, by: 4096) {
        lanes.add(UnsafeBufferPointer(rebasing: prefix[start..<min(start + 4096, prefix.count)]))
      }
    }
    prefix = []
    self.lanes = lanes
  }

  /// The shared analysis and the gain curves, from the start of the audio.
  private struct Lanes {
    let gains: [Double]
    private let powers: [Double]
    private let delay: Int
    /// Peaks at or below this (the top gain's threshold) limit nothing in any lane.
    private let floor: Float
    private let quarterLength: Int
    private var detector = TruePeakDetector(emphasis: PeakLimiter.emphasis)
    private var holder: SlidingMaximum
    private var curves: [LimiterGain]
    private var filter: KWeighting
    /// K-weighted powers of the inputs whose gains are not decided yet (oldest first).
    private var pending: [Double]
    private var skip: Int
    private var energies: [Double]
    private var sourceEnergy = 0.0
    private var filled = 0
    /// Per gain, the mean square of each 100 ms (Float: half the memory, ample precision).
    private var quarters: [[Float]]
    private var sourceQuarters: [Double] = []
    private var peaks: [Float] = []
    private var factors: [Double] = []

    init(
      gains: [Double], ceiling: Double, windows: PeakLimiter.Windows, quarterLength: Int,
      sampleRate: Int
    ) {
      self.gains = gains
      let linear = gains.map { pow(10, $0 / 20) }
      powers = linear.map { $0 * $0 }
      delay = windows.delay
      self.quarterLength = quarterLength
      floor = Float(ceiling / (linear.max() ?? 1))
      holder = SlidingMaximum(length: windows.hold)
      curves = linear.map {
        LimiterGain(threshold: ceiling / $0, length: windows.average, release: windows.release)
      }
      filter = KWeighting(sampleRate: sampleRate)
      pending = Array(repeating: 0, count: windows.delay)
      skip = windows.delay
      energies = Array(repeating: 0, count: gains.count)
      quarters = Array(repeating: [], count: gains.count)
    }

    mutating func add(_ samples: UnsafeBufferPointer<Int16>) {
      let count = samples.count
      guard count > 0 else { return }
      peaks.removeAll(keepingCapacity: true)
      detector.process(samples, floor: floor, into: &peaks)
      holder.process(&peaks)
      for sample in samples {
        let weighted = filter.process(Double(sample) / 32768)
        pending.append(weighted * weighted)
      }
      let dropped = min(skip, count)
      skip -= dropped
      // The steps this chunk outputs, cut where 100 ms blocks end, with the unlimited energy of
      // each piece: a lane that limits nothing in this chunk just adds those.
      var pieces: [(range: Range<Int>, energy: Double, closes: Bool)] = []
      var step = dropped
      var filled = filled
      while step < count {
        let end = min(count, step + quarterLength - filled)
        var energy = 0.0
        for index in step..<end { energy += pending[index] }
        filled += end - step
        let closes = filled == quarterLength
        if closes { filled = 0 }
        pieces.append((step..<end, energy, closes))
        step = end
      }
      self.filled = filled
      for piece in pieces {
        sourceEnergy += piece.energy
        if piece.closes {
          sourceQuarters.append(sourceEnergy / Double(quarterLength))
          sourceEnergy = 0
        }
      }
      for lane in curves.indices {
        let idle = curves[lane].process(peaks, into: &factors)
        var energy = energies[lane]
        for piece in pieces {
          if idle {
            energy += piece.energy
          } else {
            pending.withUnsafeBufferPointer { pending in
              factors.withUnsafeBufferPointer { factors in
                for index in piece.range {
                  energy += factors[index] * factors[index] * pending[index]
                }
              }
            }
          }
          if piece.closes {
            quarters[lane].append(Float(energy * powers[lane] / Double(quarterLength)))
            energy = 0
          }
        }
        energies[lane] = energy
      }
      pending.removeFirst(count)
    }

    mutating func finish() {
      let zeros = [Int16](repeating: 0, count: delay)
      zeros.withUnsafeBufferPointer { add($0) }
    }

    var sourceLoudness: Double? { LoudnessMeter.integrated(quarters: sourceQuarters) }

    func results() -> [(gain: Double, loudness: Double?)] {
      gains.indices.map { lane in
        (gains[lane], LoudnessMeter.integrated(quarters: quarters[lane].map(Double.init)))
      }
    }
  }
}
