import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads a feed of articles over http(s), with a timeout and a clear error.
///
/// The call blocks its thread until URLSession answers: call it from a plain thread (the command
/// line's main thread), never from Swift concurrency's pool, which URLSession may need.
enum RemoteFeed {
  /// The body of a successful GET of `url`.
  static func fetch(_ url: URL, timeout: TimeInterval = 60) throws(NarrationError) -> Data {
    let box = ResultBox()
    var request = URLRequest(url: url, timeoutInterval: timeout)
    request.setValue("narrate/\(Narrator.version)", forHTTPHeaderField: "User-Agent")
    let task = URLSession.shared.dataTask(with: request) { data, response, error in
      let status = (response as? HTTPURLResponse)?.statusCode ?? 0
      if let error {
        box.set(.failure(.unreadable(url.absoluteString, reason: error.localizedDescription)))
      } else if !(200..<300).contains(status) {
        box.set(.failure(.unreadable(url.absoluteString, reason: "the server answered \(status)")))
      } else {
        box.set(.success(data ?? Data()))
      }
    }
    task.resume()
    return try box.wait().get()
  }

  /// Hands the download's result from URLSession's thread to the waiting caller.
  private final class ResultBox: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Data, NarrationError> = .success(Data())

    func set(_ value: Result<Data, NarrationError>) {
      result = value
      done.signal()
    }

    func wait() -> Result<Data, NarrationError> {
      done.wait()
      return result
    }
  }
}
