import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `narrate batch`: plans which articles need building, builds them in worker processes,
/// prunes, and keeps `feed.xml` valid throughout.
///
/// The folder is locked for the whole run. Each episode's MP3 and sidecar are written atomically
/// by its worker; the feed is rewritten atomically from the sidecars after episodes finish, so at
/// every moment it lists only complete files. A killed run leaves at most temporary files, which
/// the next run removes, and the next run resumes where it stopped.
public struct BatchRunner: Sendable {
  /// The run's options.
  public var options: BatchOptions

  /// Creates a runner.
  public init(options: BatchOptions) {
    self.options = options
  }

  /// Narrates the articles that belong to this shard and are not up to date.
  ///
  /// Failing articles are reported in the result; only problems with the run as a whole (the
  /// folder, the lock, the engine) throw.
  public func run(
    _ articles: [BatchArticle], onEvent: @escaping @Sendable (BatchEvent) -> Void
  ) throws(NarrationError) -> BatchReport {
    let started = Date()
    signal(SIGPIPE, SIG_IGN)
    let output = options.narration.output
    let lock = try OutputLock(folder: output.root, wait: options.wait) {
      onEvent(.waiting(holder: $0))
    }
    defer { lock.release() }
    try output.prepare()
    for path in output.removeLeftoverTemporaryFiles() {
      onEvent(.warning("\(path): cannot remove a leftover temporary file"))
    }

    let existing = loadSidecars(onEvent: onEvent)
    let slugs = Self.assignSlugs(articles, existing: existing)
    let keyer = try ContentKey(
      encoder: options.narration.encoder, disclosure: options.narration.includeDisclosure,
      channel: options.narration.channel, engineVersion: try SpeechEngine.shared().version)
    var bySlug: [String: EpisodeSidecar] = [:]
    for sidecar in existing { bySlug[sidecar.slug] = sidecar }

    var outcomes: [BatchOutcome] = []
    var jobs: [(job: BatchJob, size: Int)] = []
    var presets: [String: Result<VoicePreset, NarrationError>] = [:]
    let mine = articles.filter { options.shard.contains($0.key) }
    for article in mine {
      let slug = slugs[article.key] ?? Slug.make(article.slugBase)
      do throws(NarrationError) {
        let bytes = try article.bytes()
        let voice = try preset(article.voice, cache: &presets)
        let key = keyer.key(for: article, bytes: bytes, voice: voice)
        if let old = bySlug[slug], old.contentKey == key, isComplete(old) {
          outcomes.append(
            BatchOutcome(
              status: .cached, key: article.key, source: article.name, slug: slug,
              audioSeconds: old.durationSeconds, bytes: old.byteSize))
          continue
        }
        let request = EpisodeRequest(
          slug: slug, source: article.name, identity: article.guidName, author: article.author,
          published: article.published, link: article.link, contentKey: key)
        let job = BatchJob(
          output: output.root.path, article: article, request: request, voice: voice,
          encoder: options.narration.encoder, disclosure: options.narration.includeDisclosure,
          channel: options.narration.channel, now: options.narration.now,
          inputFormat: options.narration.inputFormat)
        jobs.append((job, bytes.count))
      } catch {
        outcomes.append(
          BatchOutcome(
            status: .failed, key: article.key, source: article.name, slug: slug,
            error: error.description))
      }
    }
    let keys = Set(articles.map(\.key))
    let doomed =
      options.prune
      ? existing.filter { sidecar in
        let key = Self.key(of: sidecar)
        return sidecar.contentKey != nil && !keys.contains(key) && options.shard.contains(key)
      } : []
    onEvent(
      .planned(
        articles: mine.count, cached: outcomes.filter { $0.status == .cached }.count,
        toBuild: jobs.count, pruned: doomed.count))
    for outcome in outcomes { onEvent(.finished(outcome)) }
    if !doomed.isEmpty {
      for outcome in prune(doomed, onEvent: onEvent) {
        outcomes.append(outcome)
        onEvent(.finished(outcome))
      }
    }

    // The feed exists (listing what is complete) before any worker starts, whatever happens next.
    if doomed.isEmpty { try output.writeFeed(channel: options.narration.channel) }

    // Biggest articles first, so the last worker is not left with a long one alone.
    jobs.sort { ($0.size, $1.job.article.key) > ($1.size, $0.job.article.key) }
    let stopEarly = options.failFast && outcomes.contains { $0.status == .failed }
    let pool = WorkerPool(
      jobs: stopEarly ? [] : jobs.map(\.job), width: options.jobs, failFast: options.failFast,
      worker: WorkerProcess(command: options.worker))
    let feedWriter = FeedWriter(
      output: output, channel: options.narration.channel, interval: options.feedInterval)
    // A rebuilt episode's new MP3 replaced the old one, which the feed still gives the old length
    // for: rewrite the feed at once. New episodes can wait for the next rewrite.
    let listed = Set(bySlug.keys)
    let built = pool.run { outcome in
      onEvent(.finished(outcome))
      guard outcome.status == .built else { return }
      let replaced = outcome.slug.map(listed.contains) ?? false
      if let problem = feedWriter.rewriteIfDue(now: replaced) { onEvent(.warning(problem)) }
    }
    outcomes += built
    for job in stopEarly ? jobs.map(\.job) : pool.leftOver {
      let outcome = BatchOutcome(
        status: .skipped, key: job.article.key, source: job.article.name, slug: job.request.slug)
      outcomes.append(outcome)
      onEvent(.finished(outcome))
    }
    try output.writeFeed(channel: options.narration.channel)
    return BatchReport(
      shard: options.shard, jobs: options.jobs, articles: outcomes,
      seconds: Date().timeIntervalSince(started))
  }

  /// The identity a sidecar's article is known by (the same as ``BatchArticle/key``).
  static func key(of sidecar: EpisodeSidecar) -> String {
    sidecar.identity ?? sidecar.source
  }

  /// Gives every article a slug: the one its episode already has, else one made from its name,
  /// with a short hash of its key added when two articles would share it.
  ///
  /// Depends only on the whole input list and the folder, never on the shard, so every shard
  /// names an episode the way a single run would.
  static func assignSlugs(_ articles: [BatchArticle], existing: [EpisodeSidecar]) -> [String:
    String]
  {
    var result: [String: String] = [:]
    var taken: [String: String] = [:]
    for sidecar in existing {
      taken[sidecar.slug] = key(of: sidecar)
    }
    let keys = Set(articles.map(\.key))
    for sidecar in existing where keys.contains(key(of: sidecar)) {
      result[key(of: sidecar)] = sidecar.slug
    }
    for article in articles.sorted(by: { $0.key < $1.key }) where result[article.key] == nil {
      var slug = Slug.make(article.slugBase)
      if let owner = taken[slug], owner != article.key {
        let hash = ContentKey.hex(ContentKey.sha256(article.key).prefix(3))
        slug = String(slug.prefix(72)) + "-" + hash
      }
      taken[slug] = article.key
      result[article.key] = slug
    }
    return result
  }

  private func preset(
    _ name: String?, cache: inout [String: Result<VoicePreset, NarrationError>]
  ) throws(NarrationError) -> VoicePreset {
    guard let name else { return options.narration.voice }
    if let cached = cache[name] { return try cached.get() }
    let result = Result { () throws(NarrationError) in try options.voices.preset(named: name) }
    cache[name] = result
    return try result.get()
  }

  private func isComplete(_ sidecar: EpisodeSidecar) -> Bool {
    let audio = options.narration.output.episodes.appendingPathComponent(sidecar.audioFile)
    let size = (try? FileManager.default.attributesOfItem(atPath: audio.path))?[.size] as? Int
    return size == sidecar.byteSize
  }

  private func loadSidecars(onEvent: (BatchEvent) -> Void) -> [EpisodeSidecar] {
    let folder = options.narration.output.episodes
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    var result: [EpisodeSidecar] = []
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let url = folder.appendingPathComponent(name)
      guard let data = try? Data(contentsOf: url),
        let sidecar = try? EpisodeSidecar.decode(data, name: url.path)
      else {
        onEvent(.warning("\(url.path): not an episode sidecar; left alone"))
        continue
      }
      result.append(sidecar)
    }
    return result
  }

  /// Removes episodes: sidecars first, then the feed is rewritten without them, then their audio
  /// and other files, so the feed never lists a missing file.
  private func prune(_ doomed: [EpisodeSidecar], onEvent: (BatchEvent) -> Void) -> [BatchOutcome] {
    let output = options.narration.output
    let manager = FileManager.default
    var outcomes: [BatchOutcome] = []
    for sidecar in doomed {
      do {
        try manager.removeItem(at: output.sidecar(slug: sidecar.slug))
        outcomes.append(
          BatchOutcome(
            status: .pruned, key: Self.key(of: sidecar), source: sidecar.source,
            slug: sidecar.slug, audioSeconds: sidecar.durationSeconds, bytes: sidecar.byteSize))
      } catch {
        onEvent(.warning("\(sidecar.slug): cannot prune (\(OutputFolder.reason(error)))"))
      }
    }
    do {
      try output.writeFeed(channel: options.narration.channel)
    } catch {
      onEvent(.warning("feed not rewritten after pruning: \(error)"))
      return outcomes
    }
    let names = (try? manager.contentsOfDirectory(atPath: output.episodes.path)) ?? []
    for outcome in outcomes {
      guard let slug = outcome.slug else { continue }
      for name in names where name.hasPrefix(slug + ".") {
        try? manager.removeItem(at: output.episodes.appendingPathComponent(name))
      }
    }
    return outcomes
  }
}
