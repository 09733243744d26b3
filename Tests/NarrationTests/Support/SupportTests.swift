import Foundation
import Testing

@testable import Narration

@Suite struct SupportTests {
  @Test(arguments: [
    ("Dec. 4 news!", "dec-4-news"),
    ("Café au lait", "cafe-au-lait"),
    ("  --  ", "episode"),
    ("Київ", "episode"),
    ("A/B test: 50% off", "a-b-test-50-off"),
  ])
  func slugs(_ name: String, _ expected: String) {
    #expect(Slug.make(name) == expected)
  }

  @Test func slugIsBounded() {
    let slug = Slug.make(String(repeating: "word ", count: 100))
    #expect(slug.count <= 80)
    #expect(!slug.hasSuffix("-"))
  }

  /// The example in the Podcasting 2.0 `podcast:guid` documentation.
  @Test func podcastGuidMatchesTheSpecExample() {
    #expect(
      UUIDv5.make(namespace: UUIDv5.podcastNamespace, name: "podnews.net/rss")
        == "9b024349-ccf0-5f69-a609-6b82873eab3c")
  }

  @Test func episodeGuidsAreStableAndDistinct() {
    let a = UUIDv5.make(namespace: UUIDv5.episodeNamespace, name: "file:ferry")
    #expect(a == UUIDv5.make(namespace: UUIDv5.episodeNamespace, name: "file:ferry"))
    #expect(a != UUIDv5.make(namespace: UUIDv5.episodeNamespace, name: "file:ferry2"))
    #expect(a.count == 36)
  }

  @Test func atomicFileAppearsOnlyOnCommit() throws {
    let folder = try TestSupport.temporaryFolder("atomic")
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("a.bin")
    try Data("old".utf8).write(to: target)
    do {
      let file = try AtomicFile(destination: target)
      try file.write(Array(repeating: 7, count: 200_000))
      try file.overwrite([1, 2, 3], at: 0)
      #expect(try Data(contentsOf: target) == Data("old".utf8))
      try file.commit()
    }
    let data = try Data(contentsOf: target)
    #expect(data.count == 200_000)
    #expect(Array(data.prefix(4)) == [1, 2, 3, 7])
    // An abandoned file leaves nothing behind.
    do {
      let file = try AtomicFile(destination: folder.appendingPathComponent("b.bin"))
      try file.write([1])
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.bin"])
  }

  @Test func sourceDocumentRejectsBadBytes() {
    #expect(throws: NarrationError.emptyInput("x")) {
      try SourceDocument(name: "x", data: Data(" \n".utf8))
    }
    #expect(throws: NarrationError.binaryInput("x")) {
      try SourceDocument(name: "x", data: Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]))
    }
    // A zero byte in the first 8 KiB marks a binary file, also in a slice of a larger buffer;
    // one further on does not.
    let text = Data(repeating: 0x61, count: 9_000)
    var early = text
    early[8_191] = 0
    #expect(throws: NarrationError.binaryInput("x")) { try SourceDocument(name: "x", data: early) }
    let slice = (Data("zz".utf8) + early)[2...]
    #expect(throws: NarrationError.binaryInput("x")) { try SourceDocument(name: "x", data: slice) }
    var late = text
    late[8_192] = 0
    #expect(throws: Never.self) { try SourceDocument(name: "x", data: late) }
    #expect(throws: NarrationError.invalidUTF8("x", byteOffset: 2)) {
      try SourceDocument(name: "x", data: Data([0x61, 0x62, 0xFF, 0x63]))
    }
  }

  @Test func sourceDocumentDetectsFormats() throws {
    let bom = Data([0xEF, 0xBB, 0xBF]) + Data("Hello there.".utf8)
    let plain = try SourceDocument(name: "a.txt", data: bom)
    #expect(plain.text == "Hello there.")
    #expect(plain.format == .text)
    #expect(
      try SourceDocument(name: "page", data: Data("<!DOCTYPE html><p>x</p>".utf8)).format == .html)
    #expect(try SourceDocument(name: "a.md", data: Data("# T".utf8)).format == .markdown)
    #expect(try SourceDocument(name: "s", data: Data("<speak>x</speak>".utf8)).format == .ssml)
    #expect(
      try SourceDocument(name: "a.txt", data: Data("<p>x".utf8), format: .html).format == .html)
  }
}
