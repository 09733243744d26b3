import Foundation
import Testing

@testable import Narration

/// Helpers for feed tests: sample sidecars, golden files, real episodes, Python parsers.
enum FeedTestSupport {
  /// Where golden files live in the source tree (re-recorded there).
  static let goldenFolder = TestSupport.packageRoot
    .appendingPathComponent("Tests/NarrationTests/Fixtures/Feed")

  /// Compares text with a golden file; `NARRATE_RECORD_GOLDEN=1` rewrites the file instead.
  static func assertGolden(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = goldenFolder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["NARRATE_RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if text != expected {
      let got = text.split(separator: "\n", omittingEmptySubsequences: false)
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line =
        zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(got.count, want.count)
      Issue.record(
        """
        \(name) differs at line \(line + 1) (NARRATE_RECORD_GOLDEN=1 re-records it):
          got:  \(line < got.count ? got[line] : "<end>")
          want: \(line < want.count ? want[line] : "<end>")
        """, sourceLocation: sourceLocation)
    }
  }

  /// A sidecar with the given text fields and fixed numbers.
  static func sidecar(
    slug: String, title: String, description: String = "A short description.",
    published: Date = Date(timeIntervalSince1970: 1_700_000_000), articleText: String? = nil,
    byteSize: Int = 12_345, duration: Double = 61.4
  ) -> EpisodeSidecar {
    EpisodeSidecar(
      formatVersion: 1, slug: slug, title: title, source: slug + ".txt",
      guid: UUIDv5.make(namespace: UUIDv5.episodeNamespace, name: "file:" + slug),
      published: published, author: "Jane Reporter", language: "en", description: description,
      link: "https://news.example/\(slug)", audioFile: slug + ".mp3", durationSeconds: duration,
      sampleCount: Int(duration * 22_050), sampleRate: 22_050, byteSize: byteSize,
      settings: .init(
        voice: VoicePreset(name: "default", voice: "en-us"), encoder: EncoderSettings(),
        disclosure: true),
      engines: .init(narrate: "0.1.0", espeakNG: "1.51", lame: "3.100"), articleText: articleText)
  }

  /// Runs a Python program with Debian's python3 (podcastparser, feedparser) on a feed file.
  static func python(_ script: String, _ arguments: [String]) throws -> TestSupport.ProcessResult {
    try TestSupport.run(TestSupport.systemPython, ["-c", script] + arguments)
  }

  /// Parses a feed with podcastparser and feedparser and prints, per episode and parser, a JSON
  /// object; fails (non-zero) if either parser rejects it.
  static let parseScript = """
    import sys, json, re, html, podcastparser, feedparser
    import xml.etree.ElementTree as ET
    path = sys.argv[1]
    with open(path, 'rb') as f:
        pp = podcastparser.parse('file://' + path, f)
    fp = feedparser.parse(path)
    if fp.bozo:
        raise SystemExit('feedparser: %r' % fp.bozo_exception)
    def text(h):
        return html.unescape(re.sub(r'<[^>]+>', ' ', h or ''))
    items = ET.parse(path).getroot().find('channel').findall('item')
    C = '{http://purl.org/rss/1.0/modules/content/}encoded'
    out = {'title': pp['title'], 'fpTitle': fp.feed.title,
           'episodes': [{'title': e['title'], 'guid': e['guid'], 'published': e['published'],
                         'description': text(i.findtext('description')),
                         'descriptionBytes': len(i.findtext('description').encode()),
                         'content': text(i.findtext(C)),
                         'url': e['enclosures'][0]['url'], 'size': e['enclosures'][0]['file_size'],
                         'totalTime': e['total_time'],
                         'transcripts': [t['url'] for t in e.get('transcripts', [])],
                         'chapters': e.get('chapters_json_url', '')}
                        for e, i in zip(pp['episodes'], items)],
           'fpEpisodes': [{'title': e.title, 'id': e.id,
                            'href': e.enclosures[0]['href']} for e in fp.entries]}
    print(json.dumps(out))
    """

  /// What the two parsers saw.
  struct Parsed: Decodable {
    struct Episode: Decodable {
      var title: String
      var guid: String
      var published: Double
      var description: String
      var descriptionBytes: Int
      var content: String
      var url: String
      var size: Int
      var totalTime: Int
      var transcripts: [String]
      var chapters: String
    }
    struct FPEpisode: Decodable {
      var title: String
      var id: String
      var href: String
    }
    var title: String
    var fpTitle: String
    var episodes: [Episode]
    var fpEpisodes: [FPEpisode]
  }

  /// Parses a feed file with both parsers.
  static func parse(_ feed: URL, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> Parsed
  {
    let result = try python(parseScript, [feed.path])
    try #require(result.status == 0, "parsers rejected the feed: \(result.stderr)")
    return try JSONDecoder().decode(Parsed.self, from: Data(result.stdout.utf8))
  }

  /// A narrator with the real engines and the default voice.
  static func narrator(output: URL, now: Date = Date(timeIntervalSince1970: 1_700_000_000))
    throws -> Narrator
  {
    let voice = try VoiceLibrary(folders: [TestSupport.packageRoot.appendingPathComponent("Voices")]
    )
    .preset(named: "default")
    let options = NarrationOptions(output: OutputFolder(root: output), voice: voice, now: now)
    return Narrator(
      options: options, rules: try CleaningRules.bundled(),
      normalizerTables: try NormalizerTables.bundled(), engine: try SpeechEngine.shared())
  }

  /// Two short articles of our own.
  static let articles: [(name: String, text: String)] = [
    (
      "ferry.txt",
      "The harbour ferry will run every twenty minutes this winter, the office said.\n\n"
        + "A second boat joins the route in December."
    ),
    (
      "Café & <Co> ]]>.txt",
      "The bakery on Mill Street reopened on Tuesday after a fire in the spring.\n\n"
        + "Its owners said the new oven bakes twice as many loaves."
    ),
  ]

  /// A folder with the two articles built as real episodes and a cover; returns the folder.
  static func builtFolder(
    _ label: String, channel: FeedChannel, now: Date = Date(timeIntervalSince1970: 1_700_000_000)
  ) throws -> (work: URL, output: OutputFolder) {
    let work = try TestSupport.temporaryFolder(label)
    let output = OutputFolder(root: work.appendingPathComponent("Out"))
    let narrator = try narrator(output: output.root, now: now)
    for article in articles {
      let source = try TestSupport.write(article.text, to: article.name, in: work)
      _ = try narrator.narrate(path: source.path)
    }
    var channel = channel
    channel.image = try cover(in: work).path
    try output.writeFeed(channel: channel)
    return (work, output)
  }

  /// A 1400 × 1400 RGB PNG made with ffmpeg.
  static func cover(in folder: URL, size: Int = 1400, pixelFormat: String = "rgb24") throws -> URL {
    let ffmpeg = try #require(TestSupport.tool("ffmpeg"), "ffmpeg is installed by `make test`")
    let url = folder.appendingPathComponent("cover-\(size)-\(pixelFormat).png")
    let result = try TestSupport.run(
      ffmpeg,
      [
        "-v", "error", "-y", "-f", "lavfi", "-i", "color=c=0x336699:s=\(size)x\(size)",
        "-frames:v", "1", "-pix_fmt", pixelFormat, url.path,
      ])
    try #require(result.status == 0, "\(result.stderr)")
    return url
  }

  /// A free TCP port on 127.0.0.1 (bound and released; good enough for one test).
  static func freePort() throws -> UInt16 {
    let result = try python(
      "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1])", [])
    return try #require(UInt16(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
  }
}
