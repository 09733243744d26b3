import Foundation
import Testing

@testable import Narration

/// Bad input through the real `narrate` binary: one clear line, a non-zero exit, nothing lost.
@Suite(.serialized) struct CommandLineErrorTests {
  /// A folder with one good episode already built, to check that failures leave it intact.
  static func builtFolder() throws -> (folder: URL, output: URL) {
    let folder = try TestSupport.temporaryFolder("cli")
    try TestSupport.write(TestSupport.shortArticle, to: "good.txt", in: folder)
    let result = try TestSupport.narrate(["good.txt", "--output", "Out"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    return (folder, folder.appendingPathComponent("Out"))
  }

  /// Every file in a folder with its bytes, to compare before and after (but the lock file,
  /// which records the process id of the last run that held it).
  static func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    while let url = enumerator?.nextObject() as? URL {
      guard url.lastPathComponent != ".narrate.lock" else { continue }
      if let data = try? Data(contentsOf: url) { files[url.path] = data }
    }
    return files
  }

  /// The bad inputs, the file content that makes them, and what the error line must say.
  static let badFiles: [(name: String, content: Data, message: String)] = [
    ("empty.txt", Data(), "empty.txt: the file is empty"),
    ("blank.txt", Data(" \n\n\t\n".utf8), "blank.txt: the file is empty"),
    ("noise.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00]), "binary file"),
    (
      "latin1.txt", Data("Caf".utf8) + Data([0xE9, 0x20]) + Data("au lait".utf8),
      "not valid UTF-8 at byte 3"
    ),
  ]

  @Test(arguments: badFiles.indices)
  func badFileFailsWithOneLineAndKeepsOutput(_ index: Int) throws {
    let bad = Self.badFiles[index]
    let (folder, output) = try Self.builtFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try bad.content.write(to: folder.appendingPathComponent(bad.name))
    let before = try Self.snapshot(output)

    let result = try TestSupport.narrate([bad.name, "--output", "Out"], in: folder)
    #expect(result.status != 0)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "expected one line, got: \(result.stderr)")
    #expect(result.stderr.contains(bad.message), "\(result.stderr)")
    #expect(try Self.snapshot(output) == before, "existing episodes and feed must be untouched")
  }

  @Test func missingFileIsNamed() throws {
    let (folder, output) = try Self.builtFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try Self.snapshot(output)
    let result = try TestSupport.narrate(["nowhere.txt", "--output", "Out"], in: folder)
    #expect(result.status != 0)
    #expect(result.stderr == "narrate: error: nowhere.txt: no such file; check the path\n")
    #expect(try Self.snapshot(output) == before)
  }

  @Test func aRunWithNothingToNarrateCreatesNoOutputFolder() throws {
    let folder = try TestSupport.temporaryFolder("cli")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("drafts"), withIntermediateDirectories: false)
    let result = try TestSupport.narrate(
      ["nowhere.txt", "drafts", "--output", "Fresh"], in: folder)
    #expect(result.status != 0)
    #expect(result.stderr.contains("nowhere.txt: no such file"), "\(result.stderr)")
    #expect(result.stderr.contains("drafts: is a folder"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Fresh").path))

    let clean = try TestSupport.narrate(["clean", "drafts"], in: folder)
    #expect(clean.status != 0)
    #expect(clean.stderr.contains("drafts: is a folder"), "\(clean.stderr)")
  }

  @Test func theNextRunRemovesWhatAKilledRunLeftBehind() throws {
    let (folder, output) = try Self.builtFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // What a run killed while writing leaves: AtomicFile's hidden temporary files.
    let leftovers = [
      output.appendingPathComponent("episodes/.good.mp3.4242.17.tmp"),
      output.appendingPathComponent(".feed.xml.4242.18.tmp"),
    ]
    for url in leftovers { try Data("partial".utf8).write(to: url) }
    let build = try TestSupport.narrate(["good.txt", "--output", "Out"], in: folder)
    #expect(build.status == 0, "\(build.stderr)")
    for url in leftovers { #expect(!FileManager.default.fileExists(atPath: url.path)) }

    try Data("partial".utf8).write(to: leftovers[1])
    let feed = try TestSupport.narrate(["feed", "Out"], in: folder)
    #expect(feed.status == 0, "\(feed.stderr)")
    #expect(!FileManager.default.fileExists(atPath: leftovers[1].path))
  }

  @Test func unknownVoiceListsTheChoices() throws {
    let (folder, output) = try Self.builtFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try Self.snapshot(output)
    let result = try TestSupport.narrate(
      ["good.txt", "--output", "Out", "--voice", "robot"], in: folder)
    #expect(result.status != 0)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("unknown voice 'robot'"))
    #expect(result.stderr.contains("default"))
    #expect(try Self.snapshot(output) == before)
  }

  @Test func unwritableOutputFolderIsNamed() throws {
    let folder = try TestSupport.temporaryFolder("cli")
    defer { try? FileManager.default.removeItem(at: folder) }
    try TestSupport.write(TestSupport.shortArticle, to: "good.txt", in: folder)
    // A path below a regular file cannot be created, even by root.
    try TestSupport.write("not a folder", to: "blocker", in: folder)
    let result = try TestSupport.narrate(["good.txt", "--output", "blocker/Out"], in: folder)
    #expect(result.status != 0)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("blocker/Out"))
    #expect(result.stderr.contains("choose another folder with --output"))
  }

  @Test func busyOutputFolderIsRefusedWithNoWait() throws {
    let (folder, output) = try Self.builtFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try Self.snapshot(output)
    let lock = try OutputLock(folder: output, wait: false)
    defer { lock.release() }
    let result = try TestSupport.narrate(["good.txt", "--output", "Out", "--no-wait"], in: folder)
    #expect(result.status != 0)
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(result.stderr.contains("is writing this folder"), "\(result.stderr)")
    #expect(try Self.snapshot(output) == before)
  }

  @Test func oneBadFileDoesNotStopTheOthers() throws {
    let (folder, output) = try Self.builtFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data().write(to: folder.appendingPathComponent("empty.txt"))
    try TestSupport.write(TestSupport.shortArticle, to: "second.txt", in: folder)
    let result = try TestSupport.narrate(
      ["empty.txt", "second.txt", "--output", "Out"], in: folder)
    #expect(result.status != 0)
    let names = try FileManager.default.contentsOfDirectory(
      atPath: output.appendingPathComponent("episodes").path
    ).sorted()
    let companions = [".chapters.json", ".json", ".mp3", ".srt", ".transcript.json", ".vtt"]
    #expect(names == ["good", "second"].flatMap { slug in companions.map { slug + $0 } })
    let feed = try String(contentsOf: output.appendingPathComponent("feed.xml"), encoding: .utf8)
    #expect(feed.contains("episodes/good.mp3"))
    #expect(feed.contains("episodes/second.mp3"))
  }
}
