import Foundation
import Testing

@testable import Narration

/// `narrate serve`'s server, in-process on 127.0.0.1, probed with curl.
@Suite struct FolderServerTests {
  /// A folder with a feed, an "episode", a hidden temporary file and a symlink pointing out.
  static func site() throws -> (root: URL, outside: URL) {
    let base = try TestSupport.temporaryFolder("serve")
    let root = base.appendingPathComponent("site")
    let episodes = root.appendingPathComponent("episodes")
    try FileManager.default.createDirectory(at: episodes, withIntermediateDirectories: true)
    try Data("<rss/>".utf8).write(to: root.appendingPathComponent("feed.xml"))
    try Data((0..<1000).map { UInt8($0 % 251) }).write(
      to: episodes.appendingPathComponent("a b.mp3"))
    try Data("WEBVTT\n".utf8).write(to: episodes.appendingPathComponent("a.vtt"))
    try Data("percent".utf8).write(to: root.appendingPathComponent("100% news.txt"))
    try Data("partial".utf8).write(to: episodes.appendingPathComponent(".a.mp3.123.tmp"))
    let outside = base.appendingPathComponent("secret.txt")
    try Data("secret".utf8).write(to: outside)
    try FileManager.default.createSymbolicLink(
      at: root.appendingPathComponent("escape.txt"), withDestinationURL: outside)
    try FileManager.default.createSymbolicLink(
      at: root.appendingPathComponent("up"), withDestinationURL: base)
    try FileManager.default.createSymbolicLink(
      at: root.appendingPathComponent("alias.vtt"),
      withDestinationURL: episodes.appendingPathComponent("a.vtt"))
    return (root, outside)
  }

  /// Runs `body` with `narrate serve` on a free port of 127.0.0.1, in its own process so that
  /// the blocking curl calls cannot starve the server's threads.
  static func serving(_ root: URL, _ body: (String) throws -> Void) throws {
    let server = try ServeProcess(folder: root)
    defer { server.stop() }
    try body(server.base)
  }

  /// One curl request: status line code, headers (lowercased names) and body.
  static func curl(_ arguments: [String]) throws -> (
    status: Int, headers: [String: String], body: Data
  ) {
    let curl = try #require(TestSupport.tool("curl"), "curl is installed by `make test`")
    let result = try TestSupport.run(
      curl, ["-s", "--path-as-is", "--max-time", "10", "-D", "/dev/stderr"] + arguments)
    var headers: [String: String] = [:]
    var status = 0
    for line in result.stderr.split(separator: "\r\n") {
      if line.hasPrefix("HTTP/") {
        status = Int(line.split(separator: " ")[1]) ?? 0
      } else if let colon = line.firstIndex(of: ":") {
        headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
          .trimmingCharacters(in: .whitespaces)
      }
    }
    return (status, headers, result.stdoutData)
  }

  @Test func servesFilesWithTypesHeadAndRanges() throws {
    let (root, _) = try Self.site()
    defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
    let mp3 = try Data(contentsOf: root.appendingPathComponent("episodes/a b.mp3"))
    try Self.serving(root) { base in
      let whole = try Self.curl([base + "/episodes/a%20b.mp3"])
      #expect(whole.status == 200)
      #expect(whole.body == mp3)
      #expect(whole.headers["content-type"] == "audio/mpeg")
      #expect(whole.headers["accept-ranges"] == "bytes")
      #expect(whole.headers["content-length"] == "1000")

      let head = try Self.curl(["-I", base + "/episodes/a%20b.mp3"])
      #expect(head.status == 200)
      #expect(head.headers["content-length"] == "1000")

      let probe = try Self.curl(["-H", "Range: bytes=0-1", base + "/episodes/a%20b.mp3"])
      #expect(probe.status == 206)
      #expect(probe.headers["content-range"] == "bytes 0-1/1000")
      #expect(probe.body == mp3.prefix(2))

      let tail = try Self.curl(["-H", "Range: bytes=-100", base + "/episodes/a%20b.mp3"])
      #expect(tail.status == 206)
      #expect(tail.headers["content-range"] == "bytes 900-999/1000")
      #expect(tail.body == mp3.suffix(100))

      let open = try Self.curl(["-H", "Range: bytes=500-", base + "/episodes/a%20b.mp3"])
      #expect(open.body == mp3.suffix(500))

      let past = try Self.curl(["-H", "Range: bytes=1000-", base + "/episodes/a%20b.mp3"])
      #expect(past.status == 416)
      #expect(past.headers["content-range"] == "bytes */1000")

      let headRange = try Self.curl(["-I", "-H", "Range: bytes=0-1", base + "/episodes/a%20b.mp3"])
      #expect(headRange.status == 206)
      #expect(headRange.headers["content-length"] == "2")

      #expect(
        try Self.curl([base + "/feed.xml"]).headers["content-type"]?.hasPrefix(
          "application/rss+xml") == true)
      #expect(
        try Self.curl([base + "/episodes/a.vtt"]).headers["content-type"]?.hasPrefix(
          "text/vtt") == true)
      #expect(try Self.curl([base + "/alias.vtt"]).status == 200, "links inside are fine")
      #expect(try Self.curl(["-X", "POST", base + "/feed.xml"]).status == 405)
      let percent = try Self.curl([base + "/100%25%20news.txt"])
      #expect(percent.status == 200)
      #expect(percent.body == Data("percent".utf8))
      #expect(try Self.curl([base + "/100%2525%20news.txt"]).status == 404, "decoded once only")
    }
  }

  @Test(arguments: [
    "/../secret.txt", "/episodes/../../secret.txt", "/episodes/%2e%2e/%2e%2e/secret.txt",
    "/%2e%2e/secret.txt", "/escape.txt", "/up/secret.txt", "/episodes/.a.mp3.123.tmp",
    "/episodes", "/episodes/", "/nothing.mp3", "/episodes/a%00.vtt", "//etc/passwd",
  ])
  func neverServesOutsideTheFolder(_ path: String) throws {
    let (root, _) = try Self.site()
    defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
    try Self.serving(root) { base in
      let response = try Self.curl([base + path])
      #expect(response.status == 404 || response.status == 400, "\(path): \(response.status)")
      #expect(String(decoding: response.body, as: UTF8.self) != "secret")
    }
  }

  /// A build renames new files over old ones while the server runs: new requests get the new
  /// file, and a file already open keeps its old bytes to the end.
  @Test func keepsServingWhileTheFolderIsUpdated() throws {
    let (root, _) = try Self.site()
    defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
    let path = root.appendingPathComponent("episodes/a b.mp3")
    let old = try Data(contentsOf: path)
    let open = try #require(OpenFile(path: path.path))
    try Self.serving(root) { base in
      let replacement = Data(repeating: 7, count: 3000)
      try AtomicFile.write(replacement, to: path)
      let fresh = try Self.curl([base + "/episodes/a%20b.mp3"])
      #expect(fresh.body == replacement)
      let added = root.appendingPathComponent("episodes/new.mp3")
      try AtomicFile.write(Data([1, 2, 3]), to: added)
      #expect(try Self.curl([base + "/episodes/new.mp3"]).body == Data([1, 2, 3]))
    }
    #expect(open.size == 1000)
    #expect(try Data(open.read(at: 0, count: 1000)) == old)
  }

  @Test func aTakenPortIsAClearError() throws {
    let (root, _) = try Self.site()
    defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
    let first = try ServeProcess(folder: root)
    defer { first.stop() }
    let port = try #require(first.base.split(separator: ":").last.map(String.init))
    let started = Date()
    let second = try TestSupport.narrate(["serve", root.path, "--port", port])
    #expect(second.status != 0)
    #expect(second.stderr.contains("cannot listen"), "\(second.stderr)")
    #expect(Date().timeIntervalSince(started) < 5, "fails at once, not after a time-out")
  }

  @Test func refusesABadFolderOrHost() {
    #expect(throws: NarrationError.self) {
      try FolderServer(folder: URL(fileURLWithPath: "/nonexistent/narrate"))
    }
    #expect(throws: NarrationError.self) {
      try FolderServer(folder: URL(fileURLWithPath: "/tmp"), host: "not an address")
    }
  }
}
