import FlyingFox
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Answers HTTP requests with the files of one folder: GET and HEAD, single byte ranges.
///
/// Paths are resolved component by component and then through symbolic links; anything that
/// ends up outside the folder, hidden files (such as a build's temporary `.…tmp` files) and
/// folders are 404. Content types come from ``MIMETypes``.
struct FolderHandler: HTTPHandler {
  /// The folder, with symbolic links resolved.
  let root: String
  /// Content types by extension.
  let types: MIMETypes
  /// Called with one line per request.
  let log: @Sendable (String) -> Void

  /// The real path of the file a request path names, or nil when it must not be served.
  ///
  /// `requestPath` is already percent-decoded (FlyingFox decodes it); it is not decoded again,
  /// so a file whose name contains `%` is served under its encoded name.
  static func resolve(_ requestPath: String, root: String) -> String? {
    let components = requestPath.split(separator: "/", omittingEmptySubsequences: true)
    guard !components.isEmpty else { return nil }
    for component in components {
      if component.hasPrefix(".") || component.contains("\0") || component.contains("\\") {
        return nil
      }
    }
    let candidate = root + "/" + components.joined(separator: "/")
    guard let real = realpath(candidate, nil) else { return nil }
    defer { free(real) }
    let resolved = String(cString: real)
    guard resolved.hasPrefix(root + "/") else { return nil }
    return resolved
  }

  func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
    let response = respond(to: request)
    log("\(request.method.rawValue) \(request.path) \(response.statusCode.code)")
    return response
  }

  private func respond(to request: HTTPRequest) -> HTTPResponse {
    guard request.method == .GET || request.method == .HEAD else {
      var headers = HTTPHeaders()
      headers[HTTPHeader("Allow")] = "GET, HEAD"
      return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
    }
    if request.path == "/" || request.path.isEmpty {
      return text(.ok, "narrate serve: subscribe to /feed.xml\n", head: request.method == .HEAD)
    }
    guard let path = Self.resolve(request.path, root: root), let file = OpenFile(path: path)
    else {
      return text(.notFound, "not found\n", head: request.method == .HEAD)
    }
    var headers: HTTPHeaders = [
      .contentType: types.type(forFile: path),
      .acceptRanges: "bytes",
    ]
    let range: Range<Int>
    let status: HTTPStatusCode
    switch ByteRange.resolve(request.headers[.range], size: file.size) {
    case .whole:
      range = 0..<file.size
      status = .ok
    case .partial(let bytes):
      range = bytes
      status = .partialContent
      headers[.contentRange] = "bytes \(bytes.lowerBound)-\(bytes.upperBound - 1)/\(file.size)"
    case .unsatisfiable:
      headers[.contentRange] = "bytes */\(file.size)"
      headers[.contentLength] = "0"
      return HTTPResponse(statusCode: .rangeNotSatisfiable, headers: headers)
    }
    headers[.contentLength] = String(range.count)
    if request.method == .HEAD {
      return HTTPResponse(statusCode: status, headers: headers)
    }
    return HTTPResponse(
      statusCode: status, headers: headers,
      body: HTTPBodySequence(
        from: file.bytes(range), count: range.count, suggestedBufferSize: 1 << 16))
  }

  private func text(_ status: HTTPStatusCode, _ body: String, head: Bool) -> HTTPResponse {
    var headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8"]
    headers[.contentLength] = String(body.utf8.count)
    return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : Data(body.utf8))
  }
}
