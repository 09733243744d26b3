import FlyingFox
import FlyingSocks
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serves an output folder over HTTP so podcast apps on the network can subscribe to it.
///
/// Binds to 127.0.0.1 unless told otherwise. Each request opens its file afresh, so episodes a
/// build adds or replaces (atomically, by rename) are served as soon as they appear, and
/// downloads in progress keep the version they started with.
public struct FolderServer: Sendable {
  /// The folder's real path.
  public let root: String
  /// The address to listen on.
  public let host: String
  private let server: HTTPServer

  /// Prepares a server for a folder; port 0 picks a free port.
  public init(
    folder: URL, host: String = "127.0.0.1", port: UInt16 = 8080,
    log: @escaping @Sendable (String) -> Void = { _ in }
  ) throws(NarrationError) {
    guard let real = realpath(folder.path, nil) else { throw .fileNotFound(folder.path) }
    root = String(cString: real)
    free(real)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw .invalidInput(folder.path, problem: "is not a folder; give narrate's output folder")
    }
    self.host = host
    let handler = FolderHandler(root: root, types: try MIMETypes.bundled(), log: log)
    let address: any SocketAddress
    do {
      let ip = host == "localhost" ? "127.0.0.1" : host
      address =
        ip.contains(":")
        ? try sockaddr_in6.inet6(ip6: ip, port: port)
        : try sockaddr_in.inet(ip4: ip, port: port)
    } catch {
      throw .invalidInput(host, problem: "not an IP address to listen on (such as 127.0.0.1)")
    }
    server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: handler)
  }

  /// Serves until the task is cancelled or ``stop()`` is called.
  public func run() async throws(NarrationError) {
    do {
      try await server.run()
    } catch is CancellationError {
      return
    } catch {
      throw .invalidInput(
        host, problem: "cannot listen (\(error)); is another server using the port? try --port")
    }
  }

  /// Waits until the server listens and returns its port.
  public func waitUntilListening() async throws(NarrationError) -> UInt16 {
    do {
      try await server.waitUntilListening(timeout: 10)
    } catch {
      throw .invalidInput(host, problem: "the server did not start listening: \(error)")
    }
    switch await server.listeningAddress {
    case .ip4(_, let port), .ip6(_, let port): return port
    default: return 0
    }
  }

  /// Stops listening and closes connections.
  public func stop() async {
    await server.stop(timeout: 1)
  }
}
