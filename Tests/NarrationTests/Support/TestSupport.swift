import Foundation

/// Shared helpers for tests: temporary folders, the built `narrate` binary, external tools.
enum TestSupport {
  /// The package's root folder (where Package.swift is).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The folder that holds this test process's temporary folders; removed when the process exits,
  /// so folders shared between tests (built episodes, served sites) do not pile up in /tmp.
  static let processFolder: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("narrate-tests-\(getpid())", isDirectory: true)
    atexit {
      // Forked children leave with _exit; the check keeps any other child off the parent's folder.
      let folder = TestSupport.processFolder
      guard folder.lastPathComponent == "narrate-tests-\(getpid())" else { return }
      try? FileManager.default.removeItem(at: folder)
    }
    return url
  }()

  /// A fresh, empty temporary folder inside ``processFolder``.
  static func temporaryFolder(_ label: String = "test") throws -> URL {
    let url =
      processFolder
      .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The `narrate` executable built beside the test bundle (`swift build --build-tests` builds it).
  static var narrateBinary: URL {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("narrate")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return packageRoot.appendingPathComponent(".build/debug/narrate")
  }

  /// What a finished process printed and returned.
  struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutData: Data
  }

  /// Runs a program to completion, capturing its output.
  @discardableResult
  static func run(
    _ executable: URL, _ arguments: [String], in folder: URL? = nil,
    environment: [String: String] = [:], input: Data? = nil
  ) throws -> ProcessResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(input) }
    try inPipe.fileHandleForWriting.close()
    // Read both pipes concurrently so a chatty process cannot block on a full pipe.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
  }

  /// Runs the built `narrate` with arguments.
  @discardableResult
  static func narrate(
    _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
    input: Data? = nil
  ) throws -> ProcessResult {
    try run(narrateBinary, arguments, in: folder, environment: environment, input: input)
  }

  /// The full path of a program on PATH, if installed.
  static func tool(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":").map(String.init) + ["/usr/bin"] {
      let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  /// Debian's Python, which sees the python3-* packages the tests install (not a pyenv one).
  static let systemPython = URL(fileURLWithPath: "/usr/bin/python3")

  /// Writes text to a file in a folder and returns its URL.
  @discardableResult
  static func write(_ text: String, to name: String, in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  /// A short article (our own text) that exercises the whole pipeline quickly.
  static let shortArticle = """
    The harbour ferry will run every twenty minutes this winter, the transport office said on Monday.

    Crews have repaired both landing stages, and a second boat joins the route from the first week of December.

    Passengers asked for later evening crossings, and the office said it would try them in the spring.
    """
}
