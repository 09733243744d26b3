import Foundation
import Testing

@testable import Narration

/// Reads tags back with mutagen: prints the frames narrate writes as JSON.
private let mutagenScript = """
  import json, sys
  from mutagen.id3 import ID3
  tag = ID3(sys.argv[1])
  out = {"version": list(tag.version)}
  for key in ("TIT2", "TPE1", "TALB", "TLAN", "TDRC", "TCON"):
      frame = tag.get(key)
      out[key] = str(frame.text[0]) if frame else None
  comments = tag.getall("COMM")
  out["COMM"] = comments[0].text[0] if comments else None
  pictures = tag.getall("APIC")
  out["APIC"] = [pictures[0].mime, pictures[0].type, len(pictures[0].data)] if pictures else None
  out["CHAP"] = [[c.element_id, c.start_time, c.end_time, str(c.sub_frames["TIT2"].text[0])]
                 for c in sorted(tag.getall("CHAP"), key=lambda c: c.start_time)]
  out["CTOC"] = [[t.element_id, list(t.child_element_ids)] for t in tag.getall("CTOC")]
  print(json.dumps(out))
  """

private func readTags(_ path: String) throws -> [String: Any] {
  let result = try AudioTestSupport.run("/usr/bin/python3", ["-c", mutagenScript, path])
  #expect(result.status == 0, "mutagen failed: \(result.error)")
  return try JSONSerialization.jsonObject(with: result.output) as? [String: Any] ?? [:]
}

@Test func tagsReadBackWithMutagen() throws {
  let (folder, sidecar) = try AudioTestSupport.harbor.get()
  let mp3 = AudioTestSupport.episodeFile(folder, sidecar.audioFile)
  let tags = try readTags(mp3.path)
  #expect(tags["version"] as? [Int] == [2, 3, 0])
  #expect(tags["TIT2"] as? String == "Harbor Report: Ferries, Tides and Übergänge")
  #expect(tags["TIT2"] as? String == sidecar.title)
  #expect(tags["TPE1"] as? String == "Test Desk")
  #expect(tags["TALB"] as? String == "Harbor Weekly")
  #expect(tags["TLAN"] as? String == "eng")
  #expect(tags["TDRC"] as? String == "2023-11-14")
  #expect(tags["TCON"] as? String == "Podcast")
  #expect(tags["COMM"] as? String == sidecar.description)
  let cover = try Data(contentsOf: folder.appendingPathComponent("cover.png"))
  let picture = tags["APIC"] as? [Any]
  #expect(picture?[0] as? String == "image/png")
  #expect(picture?[1] as? Int == 3)
  #expect(picture?[2] as? Int == cover.count)

  let chapters = tags["CHAP"] as? [[Any]] ?? []
  #expect(
    chapters.map { $0[3] as? String } == [sidecar.title, "The new ferries", "Tides and timetables"])
  #expect(chapters.first?[1] as? Int == 0)
  let toc = tags["CTOC"] as? [[Any]] ?? []
  #expect(toc.count == 1)
  #expect(toc.first?[1] as? [String] == chapters.map { $0[0] as? String ?? "" })

  // The chapters JSON file lists the same chapters at the same times.
  let json = try Data(
    contentsOf: AudioTestSupport.episodeFile(folder, sidecar.slug + ".chapters.json"))
  let file = try JSONSerialization.jsonObject(with: json) as? [String: Any]
  let entries = file?["chapters"] as? [[String: Any]] ?? []
  #expect(entries.map { $0["title"] as? String } == chapters.map { $0[3] as? String })
  for (entry, chapter) in zip(entries, chapters) {
    let start = Int((((entry["startTime"] as? Double) ?? -1) * 1000).rounded())
    let end = Int((((entry["endTime"] as? Double) ?? -1) * 1000).rounded())
    #expect(start == chapter[1] as? Int)
    #expect(end == chapter[2] as? Int)
  }
  // The last chapter ends with the audio.
  let lastEnd = chapters.last?[2] as? Int ?? 0
  #expect(abs(Double(lastEnd) / 1000 - sidecar.durationSeconds) < 0.002)
}

@Test func ffprobeSeesChaptersAndTitle() throws {
  let (folder, sidecar) = try AudioTestSupport.harbor.get()
  let mp3 = AudioTestSupport.episodeFile(folder, sidecar.audioFile)
  let result = try AudioTestSupport.run(
    "/usr/bin/ffprobe",
    ["-v", "error", "-show_chapters", "-show_format", "-of", "json", mp3.path])
  #expect(result.status == 0, "\(result.error)")
  let json = try JSONSerialization.jsonObject(with: result.output) as? [String: Any]
  let chapters = json?["chapters"] as? [[String: Any]] ?? []
  let titles = chapters.map { ($0["tags"] as? [String: String])?["title"] }
  #expect(titles == [sidecar.title, "The new ferries", "Tides and timetables"])
  let format = json?["format"] as? [String: Any]
  #expect((format?["tags"] as? [String: String])?["title"] == sidecar.title)
  #expect(format?["format_name"] as? String == "mp3")
}

@Test func longNonLatinTitlesKeepFrameSizesIntact() throws {
  let title = String(
    repeating: "Длинный заголовок 東京の港 — ферри 🚢 Übergänge, ", count: 700)
  let tag = EpisodeMetadata(
    title: title, author: "Автор", show: "港のニュース", date: nil, description: "Описание 🚢",
    language: "ru", cover: nil, encodedBy: "narrate"
  ).tag(
    chapters: [
      Chapter(title: title, start: 0, end: 500), Chapter(title: "第二章", start: 500, end: 1000),
    ], languages: try EpisodeMetadata.bundledLanguages())
  let bytes = try tag.bytes()
  #expect(bytes.count > 60_000)
  var encoder = try MP3Encoder(settings: EncoderSettings(sampleRate: 22050), inputSampleRate: 22050)
  var audio: [UInt8] = []
  let silence = [Int16](repeating: 0, count: 22050)
  try silence.withUnsafeBufferPointer { try encoder.encode($0, into: &audio) }
  try encoder.finish(into: &audio)
  let folder = try TestSupport.temporaryFolder("audio")
  let path = folder.appendingPathComponent("long.mp3").path
  try Data(bytes + audio).write(to: URL(fileURLWithPath: path))

  let tags = try readTags(path)
  #expect(tags["TIT2"] as? String == title)
  #expect(tags["TPE1"] as? String == "Автор")
  #expect(tags["TALB"] as? String == "港のニュース")
  #expect(tags["TLAN"] as? String == "rus")
  #expect(tags["COMM"] as? String == "Описание 🚢")
  let chapters = tags["CHAP"] as? [[Any]] ?? []
  #expect(chapters.map { $0[3] as? String } == [title, "第二章"])
  // A second reader agrees, and finds the audio right after the tag.
  let probe = try AudioTestSupport.run(
    "/usr/bin/ffprobe", ["-v", "error", "-show_format", "-show_chapters", "-of", "json", path])
  #expect(probe.status == 0, "\(probe.error)")
  let json = try JSONSerialization.jsonObject(with: probe.output) as? [String: Any]
  let format = json?["format"] as? [String: Any]
  #expect((format?["tags"] as? [String: String])?["title"] == title)
  #expect((json?["chapters"] as? [Any])?.count == 2)
}

@Test func manyChaptersGoIntoNestedTablesOfContents() throws {
  let chapters = (0..<300).map {
    Chapter(title: "Part \($0)", start: $0 * 1000, end: $0 * 1000 + 1000)
  }
  let tag = EpisodeMetadata(
    title: "Many", author: "A", show: "S", date: nil, description: "", language: "en",
    cover: nil, encodedBy: "narrate"
  ).tag(chapters: chapters, languages: ["en": "eng"])
  let folder = try TestSupport.temporaryFolder("audio")
  let path = folder.appendingPathComponent("many.id3").path
  try Data(try tag.bytes()).write(to: URL(fileURLWithPath: path))
  let tags = try readTags(path)
  #expect((tags["CHAP"] as? [Any])?.count == 300)
  let tables = tags["CTOC"] as? [[Any]] ?? []
  let top = tables.first { $0[0] as? String == "toc" }
  #expect(top?[1] as? [String] == ["toc1", "toc2"])
  let children = tables.filter { $0[0] as? String != "toc" }.flatMap { $0[1] as? [String] ?? [] }
  #expect(children == (0..<300).map { "chp\($0)" })
}

private func makeImage(_ name: String, width: Int, height: Int) throws -> String {
  let folder = try TestSupport.temporaryFolder("audio")
  let path = folder.appendingPathComponent(name).path
  let made = try AudioTestSupport.run(
    "/usr/bin/ffmpeg",
    [
      "-v", "error", "-f", "lavfi", "-i", "color=c=red:s=\(width)x\(height)", "-frames:v", "1",
      path,
    ])
  #expect(made.status == 0, "\(made.error)")
  return path
}

@Test func coverMustBeSquareJPEGOrPNGOfAllowedSize() throws {
  let good = try CoverImage(path: try makeImage("good.jpg", width: 1400, height: 1400))
  #expect(good.mimeType == "image/jpeg")
  #expect(good.size == 1400)
  #expect(try CoverImage(path: try makeImage("big.png", width: 3000, height: 3000)).size == 3000)

  func problem(_ path: String) -> String {
    do {
      _ = try CoverImage(path: path)
      return "accepted"
    } catch {
      return error.description
    }
  }
  #expect(problem(try makeImage("wide.png", width: 1600, height: 1400)).contains("square"))
  #expect(problem(try makeImage("small.jpg", width: 1000, height: 1000)).contains("1400×1400"))
  #expect(problem(try makeImage("huge.png", width: 3200, height: 3200)).contains("3000×3000"))
  #expect(
    problem(try makeImage("cover.gif", width: 1400, height: 1400)).contains("not a JPEG or PNG"))
  #expect(problem("/no/such/cover.png").contains("cannot be read"))
}

@Test func showImageFileBecomesTheEpisodeCover() throws {
  let path = try makeImage("show.png", width: 1500, height: 1500)
  let folder = OutputFolder(root: URL(fileURLWithPath: path).deletingLastPathComponent())
  let local = try CoverImage.forShow(FeedChannel(image: "show.png"), in: folder)
  #expect(local?.size == 1500)
  #expect(try CoverImage.forShow(FeedChannel(image: path), in: folder)?.mimeType == "image/png")
  #expect(try CoverImage.forShow(FeedChannel(image: "https://x.example/a.png"), in: folder) == nil)
  #expect(try CoverImage.forShow(FeedChannel(), in: folder) == nil)
  #expect(throws: NarrationError.self) {
    try CoverImage.forShow(FeedChannel(image: "missing.png"), in: folder)
  }
}
