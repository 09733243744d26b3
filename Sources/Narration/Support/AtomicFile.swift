import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written under a temporary name in its destination folder and renamed into place.
///
/// Readers never see a half-written file: until ``commit()`` the destination keeps its old
/// content (or does not exist), and an abandoned file is removed when it is released.
public final class AtomicFile {
  /// Where the file will be when committed.
  public let destination: URL
  private let temporary: URL
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var committed = false
  /// Bytes written so far.
  public private(set) var size = 0

  /// Opens a new temporary file beside `destination`.
  public init(destination: URL) throws(NarrationError) {
    self.destination = destination
    let folder = destination.deletingLastPathComponent()
    let name =
      ".\(destination.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    temporary = folder.appendingPathComponent(name)
    descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .outputNotWritable(folder.path, reason: String(cString: strerror(errno)))
    }
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
    if !committed { unlink(temporary.path) }
  }

  /// Appends bytes (buffered; flushed in 64 KiB writes).
  public func write(_ bytes: some Collection<UInt8>) throws(NarrationError) {
    buffer.append(contentsOf: bytes)
    size += bytes.count
    if buffer.count >= 1 << 16 { try flush() }
  }

  /// Appends a string as UTF-8.
  public func write(_ text: String) throws(NarrationError) {
    try write(Array(text.utf8))
  }

  /// Overwrites bytes already written, at `offset` from the start of the file.
  public func overwrite(_ bytes: [UInt8], at offset: Int) throws(NarrationError) {
    try flush()
    let written = bytes.withUnsafeBytes {
      pwrite(descriptor, $0.baseAddress, $0.count, off_t(offset))
    }
    guard written == bytes.count else { throw failure("overwrite \(bytes.count) bytes") }
  }

  /// Drops everything after the first `length` bytes, so that writing goes on from there.
  public func truncate(to length: Int) throws(NarrationError) {
    precondition(length <= size, "truncate(to:) cannot extend the file")
    try flush()
    guard ftruncate(descriptor, off_t(length)) == 0 else { throw failure("truncate") }
    guard lseek(descriptor, off_t(length), SEEK_SET) == off_t(length) else {
      throw failure("seek")
    }
    size = length
  }

  /// Flushes, syncs and renames the file into place.
  public func commit() throws(NarrationError) {
    try flush()
    guard fsync(descriptor) == 0 else { throw failure("sync") }
    close(descriptor)
    descriptor = -1
    guard rename(temporary.path, destination.path) == 0 else { throw failure("rename into place") }
    committed = true
  }

  /// Writes a whole file atomically.
  public static func write(_ bytes: some Collection<UInt8>, to destination: URL)
    throws(NarrationError)
  {
    let file = try AtomicFile(destination: destination)
    try file.write(bytes)
    try file.commit()
  }

  private func flush() throws(NarrationError) {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { raw in
        posixWrite(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
      }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { throw failure("write") }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }

  private func failure(_ operation: String) -> NarrationError {
    .outputNotWritable(
      destination.path, reason: "\(operation) failed: \(String(cString: strerror(errno)))")
  }
}

/// The C library's `write`, named apart from ``AtomicFile/write(_:)-(String)``.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
