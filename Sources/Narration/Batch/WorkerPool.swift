import Foundation

/// Runs batch jobs in up to `width` worker processes at once, each job in its own process.
///
/// One thread per slot starts a worker, waits for it and takes the next job; results are handed
/// to the caller one at a time, in the order they finish.
final class WorkerPool: @unchecked Sendable {
  private let lock = NSLock()
  private var pending: [BatchJob]
  private var outcomes: [BatchOutcome] = []
  private var stopped = false
  private let width: Int
  private let failFast: Bool
  private let worker: WorkerProcess

  init(jobs: [BatchJob], width: Int, failFast: Bool, worker: WorkerProcess) {
    pending = jobs.reversed()
    self.width = max(1, min(width, jobs.count))
    self.failFast = failFast
    self.worker = worker
  }

  /// Runs every job (or, after a failure with fail-fast, those already started) and returns their
  /// outcomes; jobs never started after a fail-fast stop are left out.
  func run(onOutcome: @escaping @Sendable (BatchOutcome) -> Void) -> [BatchOutcome] {
    guard !pending.isEmpty else { return [] }
    let group = DispatchGroup()
    for _ in 0..<width {
      group.enter()
      let thread = Thread { [self] in
        while let job = next() {
          let started = Date()
          let result = worker.run(job)
          finish(job, result, seconds: Date().timeIntervalSince(started), onOutcome: onOutcome)
        }
        group.leave()
      }
      thread.start()
    }
    group.wait()
    return outcomes
  }

  /// Jobs that were never started because the pool stopped early.
  var leftOver: [BatchJob] {
    lock.lock()
    defer { lock.unlock() }
    return pending.reversed()
  }

  private func next() -> BatchJob? {
    lock.lock()
    defer { lock.unlock() }
    guard !stopped else { return nil }
    return pending.popLast()
  }

  private func finish(
    _ job: BatchJob, _ result: BatchJobResult, seconds: Double,
    onOutcome: (BatchOutcome) -> Void
  ) {
    let outcome: BatchOutcome
    if let sidecar = result.sidecar {
      outcome = BatchOutcome(
        status: .built, key: job.article.key, source: job.article.name, slug: sidecar.slug,
        audioSeconds: sidecar.durationSeconds, bytes: sidecar.byteSize, seconds: seconds)
    } else {
      outcome = BatchOutcome(
        status: .failed, key: job.article.key, source: job.article.name,
        slug: job.request.slug, error: result.error ?? "failed", seconds: seconds)
    }
    lock.lock()
    defer { lock.unlock() }
    outcomes.append(outcome)
    if outcome.status == .failed, failFast { stopped = true }
    onOutcome(outcome)
  }
}
