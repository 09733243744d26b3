import FlyingSocks
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file opened for reading, whose bytes stay the same while it is served.
///
/// A build replaces files by renaming new ones into place; an open descriptor keeps reading the
/// old file, so a download in progress never mixes two versions. The descriptor is closed when
/// the last reader is released.
final class OpenFile: Sendable {
  /// The descriptor, owned by this object.
  let descriptor: Int32
  /// The file's size in bytes when opened.
  let size: Int

  /// Opens a regular file; nil when it does not exist, is not a regular file or is unreadable.
  init?(path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      close(descriptor)
      return nil
    }
    self.descriptor = descriptor
    self.size = Int(status.st_size)
  }

  deinit {
    close(descriptor)
  }

  /// Reads up to `count` bytes at `offset`; fewer only at the end of the file.
  func read(at offset: Int, count: Int) throws -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let got = bytes.withUnsafeMutableBytes { raw in
        pread(
          descriptor, raw.baseAddress.map { $0 + filled }, count - filled, off_t(offset + filled))
      }
      if got < 0, errno == EINTR { continue }
      guard got >= 0 else { throw SocketError.makeFailed("pread") }
      if got == 0 { break }
      filled += got
    }
    return Array(bytes.prefix(filled))
  }

  /// The bytes in `range`, read in chunks as the connection sends them.
  func bytes(_ range: Range<Int>) -> Bytes { Bytes(file: self, range: range) }

  /// A range of the file as the buffered byte sequence FlyingFox sends bodies from.
  struct Bytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let file: OpenFile
    let range: Range<Int>

    func makeAsyncIterator() -> Iterator {
      Iterator(file: file, offset: range.lowerBound, end: range.upperBound)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
      let file: OpenFile
      var offset: Int
      let end: Int

      mutating func next() async throws -> UInt8? {
        try await nextBuffer(suggested: 1)?.first
      }

      mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
        guard offset < end else { return nil }
        let chunk = try file.read(at: offset, count: Swift.min(Swift.max(count, 1), end - offset))
        // The file cannot shrink under an open descriptor of a renamed-over file; if it was
        // truncated in place, end the body rather than send made-up bytes.
        guard !chunk.isEmpty else { throw SocketError.disconnected }
        offset += chunk.count
        return chunk
      }
    }
  }
}
