import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `kill -9` at random moments never leaves a broken folder, and a rerun finishes the job.
///
/// Four folders are each killed five times mid-run (20 kills), checked after every kill, then
/// finished with one more run and compared byte for byte with an uninterrupted run.
@Suite(.serialized) struct BatchCrashTests {
  static let environment = ["SOURCE_DATE_EPOCH": "1795392000"]
  /// A public show, so that `narrate check` has no complaint about the channel itself.
  static let show = [
    "--image", "https://example.org/cover.jpg", "--owner-email", "pod@example.org",
    "--base-url", "https://example.org/pod/",
  ]

  @Test func killedBatchesResumeToTheSameResult() throws {
    let root = try TestSupport.temporaryFolder("batch-kill")
    defer { try? FileManager.default.removeItem(at: root) }
    try BatchTestSupport.articles(4, in: root)
    let started = Date()
    let reference = try TestSupport.narrate(
      ["batch", "articles", "-o", "Reference", "--jobs", "2"] + Self.show, in: root,
      environment: Self.environment)
    #expect(reference.status == 0, "\(reference.stderr)")
    let fullRun = Date().timeIntervalSince(started)
    let expected = BatchTestSupport.snapshot(root.appendingPathComponent("Reference"))
    // `narrate check` (the feed's own validator) joins in once it exists.
    let help = try TestSupport.narrate(["--help"]).stdout
    let hasCheck = help.split(separator: "\n").contains { $0.hasPrefix("  check ") }

    var generator = SystemRandomNumberGenerator()
    var kills = 0
    var attempts = 0
    for folder in 1...4 {
      let name = "Killed\(folder)"
      // Kill at a random moment up to `window`; when a run finished first, the window halves
      // (a resumed folder has less left to do), so every folder gets five kills mid-run.
      var window = max(0.1, fullRun * 0.5)
      var killed = 0
      while killed < 5, attempts < 60 {
        attempts += 1
        let process = Process()
        process.executableURL = TestSupport.narrateBinary
        process.arguments = ["batch", "articles", "-o", name, "--jobs", "2"] + Self.show
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.merging(Self.environment) {
          $1
        }
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let delay = Double.random(in: 0.01...window, using: &generator)
        Thread.sleep(forTimeInterval: delay)
        let running = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        if running {
          killed += 1
          kills += 1
        } else {
          window = max(0.05, window / 2)
        }
        let output = root.appendingPathComponent(name)
        let problems = BatchTestSupport.feedProblems(output)
        #expect(problems.isEmpty, "after a kill at \(delay) s: \(problems)")
        let audio =
          (try? FileManager.default.contentsOfDirectory(
            atPath: output.appendingPathComponent("episodes").path))?.filter {
            $0.hasSuffix(".mp3")
          }
        let feedExists = FileManager.default.fileExists(
          atPath: output.appendingPathComponent("feed.xml").path)
        #expect(audio?.isEmpty ?? true || feedExists, "episodes were written before any feed.xml")
        if hasCheck, feedExists {
          let check = try TestSupport.narrate(["check", name], in: root)
          #expect(check.status == 0, "narrate check after a kill at \(delay) s: \(check.stderr)")
        }
      }
      let finish = try TestSupport.narrate(
        ["batch", "articles", "-o", name, "--jobs", "2"] + Self.show, in: root,
        environment: Self.environment)
      #expect(finish.status == 0, "\(finish.stderr)")
      let output = root.appendingPathComponent(name)
      let result = BatchTestSupport.snapshot(output)
      #expect(result.keys.sorted() == expected.keys.sorted())
      for (file, bytes) in expected {
        #expect(result[file] == bytes, "\(name)/\(file) differs from the uninterrupted run")
      }
      #expect(BatchTestSupport.temporaryFiles(output).isEmpty)
    }
    print("batch kill test: \(kills) kills mid-run in \(attempts) runs, full run \(fullRun) s")
    #expect(kills >= 20, "kill -9 must land mid-run at least 20 times")
  }
}
