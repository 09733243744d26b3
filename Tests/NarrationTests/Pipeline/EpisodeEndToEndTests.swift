import Foundation
import Testing

@testable import Narration

/// Runs the real engines on a short article and checks the MP3 with real decoders.
@Suite struct EpisodeEndToEndTests {
  static func narrator(output: URL, now: Date = Date(timeIntervalSince1970: 1_700_000_000)) throws
    -> Narrator
  {
    let voice = try VoiceLibrary(folders: [TestSupport.packageRoot.appendingPathComponent("Voices")]
    )
    .preset(named: "default")
    let options = NarrationOptions(
      output: OutputFolder(root: output), voice: voice, now: now)
    return Narrator(
      options: options, rules: try CleaningRules.bundled(),
      normalizerTables: try NormalizerTables.bundled(), engine: try SpeechEngine.shared())
  }

  @Test func episodeDecodesToItsPCMDuration() throws {
    let folder = try TestSupport.temporaryFolder("e2e")
    defer { try? FileManager.default.removeItem(at: folder) }
    let source = try TestSupport.write(TestSupport.shortArticle, to: "ferry.txt", in: folder)
    let output = folder.appendingPathComponent("Output")
    let narrator = try Self.narrator(output: output)

    let episode = try narrator.narrate(path: source.path)
    let mp3 = OutputFolder(root: output).audio(slug: "ferry")
    #expect(episode.slug == "ferry")
    #expect(episode.sampleRate == 22_050)
    #expect(episode.durationSeconds > 5)
    #expect(episode.durationSeconds == Double(episode.sampleCount) / 22_050)
    let size = try FileManager.default.attributesOfItem(atPath: mp3.path)[.size] as? Int
    #expect(size == episode.byteSize)

    // ffmpeg decodes every frame without an error, honours the LAME tag's delay and padding, and
    // gives back exactly the duration the PCM had (within 0.1 s).
    let ffmpeg = try #require(TestSupport.tool("ffmpeg"), "ffmpeg is installed by `make test`")
    let decoded = try TestSupport.run(
      ffmpeg,
      ["-v", "error", "-i", mp3.path, "-f", "s16le", "-ar", "22050", "-acodec", "pcm_s16le", "-"])
    #expect(decoded.status == 0)
    #expect(decoded.stderr.isEmpty, "decoder errors: \(decoded.stderr)")
    let decodedSeconds = Double(decoded.stdoutData.count / 2) / 22_050
    #expect(abs(decodedSeconds - episode.durationSeconds) < 0.1)

    // The Xing/LAME info frame was written back: ffprobe reads the duration from it.
    let ffprobe = try #require(TestSupport.tool("ffprobe"))
    let probe = try TestSupport.run(
      ffprobe,
      ["-v", "error", "-show_entries", "format=duration", "-of", "default=nw=1:nk=1", mp3.path])
    let probed = try #require(Double(probe.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(abs(probed - episode.durationSeconds) < 0.1)

    // mpg123 agrees, frame by frame.
    if let mpg123 = TestSupport.tool("mpg123") {
      let check = try TestSupport.run(mpg123, ["-q", "-t", mp3.path])
      #expect(check.status == 0)
    }
  }

  @Test func sidecarAndFeedDescribeTheEpisode() throws {
    let folder = try TestSupport.temporaryFolder("feed")
    defer { try? FileManager.default.removeItem(at: folder) }
    let source = try TestSupport.write(
      TestSupport.shortArticle, to: "Harbour Ferry.txt", in: folder)
    let output = OutputFolder(root: folder.appendingPathComponent("Output"))
    let narrator = try Self.narrator(output: output.root)
    let first = try narrator.narrate(path: source.path)
    try output.writeFeed(channel: FeedChannel())
    #expect(first.slug == "harbour-ferry")
    #expect(first.engines.espeakNG.hasPrefix("1."))
    #expect(first.engines.lame.hasPrefix("3."))
    #expect(first.settings.voice.name == "default")

    // The sidecar on disk round-trips.
    let data = try Data(contentsOf: output.sidecar(slug: "harbour-ferry"))
    #expect(try EpisodeSidecar.decode(data, name: "sidecar") == first)

    // A rebuild at a later "now" keeps the GUID and the publication date.
    let later = try Self.narrator(
      output: output.root, now: Date(timeIntervalSince1970: 1_800_000_000))
    let second = try later.narrate(path: source.path)
    #expect(second.guid == first.guid)
    #expect(second.published == first.published)

    // Real podcast parsers read the feed and find the episode with its enclosure.
    let script = """
      import sys, podcastparser, feedparser, urllib.request
      path = sys.argv[1]
      with open(path, 'rb') as f:
          parsed = podcastparser.parse('file://' + path, f)
      e = parsed['episodes']
      assert len(e) == 1, e
      print(e[0]['guid'], e[0]['enclosures'][0]['file_size'], e[0]['total_time'])
      d = feedparser.parse(path)
      assert not d.bozo, d.bozo_exception
      print(len(d.entries), d.entries[0].enclosures[0]['href'])
      """
    try output.writeFeed(channel: FeedChannel())
    let result = try TestSupport.run(TestSupport.systemPython, ["-c", script, output.feed.path])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(
      lines.first == "\(second.guid) \(second.byteSize) \(Int(second.durationSeconds.rounded()))")
    #expect(lines.last == "1 http://127.0.0.1:8080/episodes/harbour-ferry.mp3")
  }
}
