/// One chapter of an episode: the title/intro, or a heading and what follows it.
///
/// The same chapters go into the MP3's ID3 CHAP frames and the Podcasting 2.0 chapters file.
public struct Chapter: Sendable, Hashable {
  /// What a podcast app shows for the chapter.
  public var title: String
  /// Start in milliseconds from the start of the audio.
  public var start: Int
  /// End in milliseconds (the next chapter's start, or the end of the audio).
  public var end: Int

  /// Creates a chapter.
  public init(title: String, start: Int, end: Int) {
    self.title = title
    self.start = start
    self.end = end
  }

  /// The chapters of a script as timed: one at 0 for the title/intro, one per heading.
  ///
  /// A heading's chapter starts where the heading is spoken; a heading within a second of the
  /// previous chapter start (an article without a title) takes its place.
  public static func chapters(for script: Script, timeline: Timeline) -> [Chapter] {
    var starts: [(title: String, start: Int)] = [(script.title, 0)]
    for (segment, timing) in zip(script.segments, timeline.segments)
    where segment.role == .heading {
      let start = timeline.milliseconds(timing.start)
      let title = segment.displayText.isEmpty ? segment.text : segment.displayText
      if let last = starts.last, start < last.start + 1000 {
        starts[starts.count - 1].title = title
      } else {
        starts.append((title, start))
      }
    }
    let total = timeline.milliseconds(timeline.sampleCount)
    return starts.enumerated().map { index, entry in
      let end = index + 1 < starts.count ? starts[index + 1].start : max(total, entry.start)
      return Chapter(title: entry.title, start: entry.start, end: end)
    }
  }
}
