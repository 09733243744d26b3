/// The article's blocks, and the reason for every line left out, from the cleaner's decisions.
extension TextDumpCleaner {
  /// What the steps after the body's selection decided about the dump's logical lines.
  struct Layout {
    /// Whether each line belongs to the article's body.
    var inBody: [Bool]
    /// The title, byline and date, and the lines they came from.
    var meta: Metadata
    /// The body's first line when it is the lead photo's caption.
    var lead: Int?
    /// Short lines that are the items of a list a line of the body introduces.
    var listed: Set<Int>
    /// Short lines in a run of headlines: links to other stories.
    var headlines: Set<Int>
    /// Short lines between paragraphs of the body, kept as text.
    var interior: Set<Int>
    /// Short lines above a subheading in a run of them (a section's title above its first
    /// part's): headings too.
    var subheadings: Set<Int> = []
    /// Whether the dump wraps its lines at a few dozen columns (see
    /// ``TextDumpCleaner/isHardWrapped(_:)``).
    var wrapped = false
  }

  /// The least words of a short bulleted line, besides its marker, that make it a list item of
  /// the story: one or two are a tag or a menu's link ("* Marine life").
  static let listItemWords = 3

  /// Turns each logical line into an article block, or into dropped lines with its reason.
  ///
  /// Inside the body, prose becomes paragraphs and list items, and a short line becomes a
  /// heading when prose or a list follows it; captions, headline lists and other short lines
  /// are dropped. Every dropped physical line that is not blank names the rule or signal.
  func blocks(
    _ units: [Unit], _ physical: [String], _ signals: [LineSignals], _ classes: [LineClass],
    _ layout: Layout
  ) -> (blocks: [ArticleBlock], dropped: [DroppedLine]) {
    let lines = units.map(\.text)
    var blocks: [ArticleBlock] = []
    var dropped: [DroppedLine] = []
    // Room for every line at once: growing a page's list step by step copies it over and over.
    dropped.reserveCapacity(physical.count)
    for index in units.indices {
      var line = lines[index]
      let range = (units[index].lines.lowerBound + 1)...(units[index].lines.upperBound + 1)
      func drop(_ reason: String) {
        for number in range where !physical[number - 1].isEmpty {
          dropped.append(DroppedLine(line: number, text: physical[number - 1], reason: reason))
        }
      }
      if layout.meta.used.contains(index) {
        drop(layout.meta.reasons[index] ?? "signal:metadata")
        continue
      }
      guard layout.inBody[index] else {
        drop(Self.reason(classes[index]) ?? "signal:outside-article")
        continue
      }
      // The names of images without a text that a text browser prints at a line's ends.
      if line.utf8.first == 0x5B || line.utf8.last == 0x5D, classes[index] != .code {
        line = Self.withoutImageNames(line)
        if line.isEmpty {
          drop("signal:image-name")
          continue
        }
      }
      switch classes[index] {
      case .prose, .sentence, .fragment, .short:
        // A text given twice over without a space (an image's text and its caption, as w3m
        // prints them), or an image's alternative text (not an item of a list).
        if Self.isGluedTwice(line) {
          drop("signal:doubled-line")
          continue
        }
        if classes[index] != .sentence, !layout.listed.contains(index),
          Self.isImageText(index, units, physical, signals, classes, wrapped: layout.wrapped)
        {
          drop("signal:image-text")
          continue
        }
      default: break
      }
      switch classes[index] {
      case .fragment where isCaption(index, classes), .short where isCaption(index, classes):
        drop("signal:caption")
      case .prose where index == layout.lead && isCaption(index, classes),
        .sentence where index == layout.lead && isCaption(index, classes):
        // The lead photo's caption is a sentence too, above its credit and the story.
        drop("signal:caption")
      case .prose, .sentence, .fragment, .teaser:
        if let item = Self.itemBlockText(line) {
          blocks.append(ArticleBlock(kind: .listItem, text: item, lines: range))
        } else {
          blocks.append(ArticleBlock(kind: .paragraph, text: line, lines: range))
        }
      case .code:
        blocks.append(ArticleBlock(kind: .paragraph, text: line, lines: range))
      case .short:
        let next = index + 1
        // A heading introduces prose or a list (the introduced list's items are items).
        if layout.listed.contains(index) {
          blocks.append(ArticleBlock(kind: .listItem, text: line, lines: range))
        } else if index > 0, classes[index - 1] == .liveStamp, Self.isHeading(line, signals[index]),
          !Self.hasBullet(line)
        {
          // A live post's heading right below its time is the post's, with or without a
          // paragraph under it (a post of a photo or of another site's post has none).
          blocks.append(ArticleBlock(kind: .heading, text: line, lines: range))
        } else if layout.headlines.contains(index) {
          drop("signal:headline-list")
        } else if layout.subheadings.contains(index) {
          blocks.append(ArticleBlock(kind: .heading, text: line, lines: range))
        } else if Self.isHeading(line, signals[index]), !Self.hasBullet(line), next < units.count,
          layout.inBody[next],
          [.prose, .sentence, .fragment].contains(classes[next]) || layout.listed.contains(next)
            || (Self.listItemText(lines[next]) != nil && signals[next].words >= 3)
        {
          blocks.append(ArticleBlock(kind: .heading, text: line, lines: range))
        } else if let item = Self.itemBlockText(line), signals[index].words > Self.listItemWords {
          blocks.append(ArticleBlock(kind: .listItem, text: item, lines: range))
        } else if layout.interior.contains(index) {
          let item = Self.itemBlockText(line)
          blocks.append(
            ArticleBlock(
              kind: item == nil ? .paragraph : .listItem, text: item ?? line, lines: range))
        } else {
          drop("signal:short-line")
        }
      default:
        drop(Self.reason(classes[index]) ?? "signal:short-line")
      }
    }
    return (blocks, dropped)
  }
}
