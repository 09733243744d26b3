import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on an output folder (`flock` on `OUTPUT/.narrate.lock`), so two runs (builds,
/// batches, feed rebuilds) never write one folder at once.
///
/// The kernel drops the lock when the holder exits, however it exits (even `kill -9`), so a crashed
/// run never leaves the folder locked. The file records the holder's process id for messages.
public final class OutputLock {
  /// The lock file.
  public let url: URL
  private var descriptor: Int32

  /// Takes the lock, waiting for another run to finish unless `wait` is false.
  ///
  /// - Parameter onWait: called once, with the holder's description, before waiting.
  /// - Throws: ``NarrationError/outputLocked(_:holder:)`` when `wait` is false and the folder is
  ///   busy, or ``NarrationError/outputNotWritable(_:reason:)``.
  public init(folder: URL, wait: Bool, onWait: (String) -> Void = { _ in }) throws(NarrationError) {
    url = folder.appendingPathComponent(".narrate.lock")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .outputNotWritable(folder.path, reason: OutputFolder.reason(error))
    }
    descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .outputNotWritable(url.path, reason: String(cString: strerror(errno)))
    }
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      let holder = Self.holder(of: url)
      guard wait else {
        close(descriptor)
        throw .outputLocked(folder.path, holder: holder)
      }
      onWait(holder)
      while flock(descriptor, LOCK_EX) != 0 {
        guard errno == EINTR else {
          let reason = String(cString: strerror(errno))
          close(descriptor)
          throw .outputNotWritable(url.path, reason: "cannot lock: \(reason)")
        }
      }
    }
    let note = Array("pid \(getpid())\n".utf8)
    _ = ftruncate(descriptor, 0)
    _ = note.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Releases the lock (also done when the lock is released from memory or the process ends).
  public func release() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
  }

  private static func holder(of url: URL) -> String {
    let text =
      (try? String(contentsOf: url, encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    return text.isEmpty ? "another narrate run" : "another narrate run (\(text))"
  }
}
