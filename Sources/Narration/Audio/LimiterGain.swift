/// The gain curve of the look-ahead peak limiter for one gain.
///
/// Takes, step by step, the highest true peak over the hold window (``PeakLimiter`` explains the
/// windows); the gain allowed at that step is `threshold ÷ peak` (at most 1), where `threshold`
/// is the ceiling divided by the gain applied before limiting. The allowed gains are averaged
/// over `length` steps, so the gain ramps down before a peak instead of clipping it, and let
/// back up with an exponential release. ``PeakLimiter`` runs one; ``LoudnessLadder`` runs one per
/// gain it tries, on the same peaks.
struct LimiterGain {
  private let threshold: Double
  private let length: Int
  private let release: Double
  private var allowed: [Double]
  private var sum: Double
  /// How many entries of `allowed` are below 1 (when none, `sum` is reset to exactly `length`).
  private var limited = 0
  private var current = 1.0
  private var slot = 0

  /// - Parameters:
  ///   - threshold: The highest peak (in sample units, before gain) that needs no limiting: the
  ///     ceiling divided by the gain.
  ///   - length: Steps the allowed gain is averaged over.
  ///   - release: The fraction of the way back to the allowed gain made per step.
  init(threshold: Double, length: Int, release: Double) {
    self.threshold = threshold
    self.length = length
    self.release = release
    allowed = Array(repeating: 1, count: length)
    sum = Double(length)
  }

  /// Replaces `factors` with one gain factor (at most 1) per step.
  ///
  /// `peaks` holds, per step, the highest true peak over the hold window. Each factor applies
  /// to the sample then leaving the look-ahead.
  /// - Returns: Whether every factor is 1 (nothing limited, fully released).
  @discardableResult
  mutating func process(_ peaks: [Float], into factors: inout [Double]) -> Bool {
    factors.removeAll(keepingCapacity: true)
    factors.append(contentsOf: repeatElement(1, count: peaks.count))
    let (threshold, length, release) = (threshold, length, release)
    var (sum, current, slot, limited) = (sum, current, slot, limited)
    var idle = true
    let full = Double(length)
    allowed.withUnsafeMutableBufferPointer { allowed in
      peaks.withUnsafeBufferPointer { peaks in
        factors.withUnsafeMutableBufferPointer { factors in
          for step in peaks.indices {
            let peak = Double(peaks[step])
            let limit = peak > threshold ? threshold / peak : 1
            let old = allowed[slot]
            if limit != 1 || old != 1 {
              if old == 1 { limited += 1 }
              if limit == 1 { limited -= 1 }
              sum = limited == 0 ? full : sum + limit - old
              allowed[slot] = limit
            }
            slot = slot == length - 1 ? 0 : slot + 1
            if sum == full, current == 1 { continue }  // nothing to limit, fully released
            let smoothed = Swift.min(1, sum / full)
            current = smoothed < current ? smoothed : current + (smoothed - current) * release
            // Released to within a 16-bit step: snap back, so the idle path above applies again.
            if sum == full, current > 1 - 1e-6 { current = 1 }
            factors[step] = current
            idle = idle && current == 1
          }
        }
      }
    }
    (self.sum, self.current, self.slot, self.limited) = (sum, current, slot, limited)
    return idle
  }
}
