/// Runs of items that repeat one shape down a page dump: photo galleries (a caption above each
/// credit) and lists of teasers (a headline and a summary above each "Read more").
extension TextDumpCleaner {
  /// The most lines of one photo of a gallery (a counter or label, a date, the caption and the
  /// credit); two photos apart when one's credit is not recognised.
  ///
  /// A wrapped dump may give a photo more (a caption's last word on a line of its own): see
  /// `itemRuns`.
  static let galleryStride = 4
  /// The least photo credits (or "Read more" links) in a row that make a gallery (or a list).
  static let galleryLength = 3
  /// The most lines of one teaser of a list (a headline, a label, a summary, a date, a byline
  /// and the link).
  static let teaserStride = 6
  /// The most lines of text of one teaser (its headline and summary).
  static let teaserTexts = 2

  /// Whether a recognised photo credit is among some lines.
  func hasCredit(_ range: Range<Int>, _ classes: [LineClass]) -> Bool {
    range.contains { isCredit(classes[$0]) }
  }

  func isCredit(_ lineClass: LineClass) -> Bool {
    guard case .rule(let id) = lineClass else { return false }
    return matcher.captionMarkers.contains(id)
  }

  private func isTeaserLink(_ lineClass: LineClass) -> Bool {
    guard case .rule(let id) = lineClass else { return false }
    return matcher.teaserMarkers.contains(id)
  }

  /// Marks the captions of the photo galleries in the body as such, when the body has
  /// paragraphs of its own: a slideshow's captions are its article.
  func dropGalleryCaptions(_ classes: inout [LineClass], _ inBody: [Bool], rules: [Int]) {
    let runs = galleryRuns(classes, rules)
    guard !runs.isEmpty else { return }
    let lines = Self.covered(runs, count: classes.count)
    let paragraphs = classes.indices.count { index in
      inBody[index] && classes[index] == .prose && !lines[index]
    }
    if paragraphs >= Self.galleryLength { Self.mark(runs, in: &classes, as: .gallery) }
  }

  /// Which lines photo galleries cover (empty when there is no gallery).
  ///
  /// A gallery is ``galleryLength`` or more photo credits in a row, each at most two photos
  /// after the one before (two ``galleryStride`` lines, or two of the run's last step when its
  /// photos take more lines), with at most one line of text (a caption) for
  /// each photo between two: the captions of a gallery read as sentences, but a paragraph of
  /// the article between two photos makes two lines of text there.
  func galleryLines(_ classes: [LineClass], rules: [Int]) -> [Bool] {
    let runs = galleryRuns(classes, rules)
    return runs.isEmpty ? [] : Self.covered(runs, count: classes.count)
  }

  /// Whether the line at `index` belongs to a photo gallery.
  func isInGallery(_ index: Int, _ classes: [LineClass], rules: [Int]) -> Bool {
    galleryRuns(classes, rules).contains { $0.contains(index) }
  }

  private func galleryRuns(_ classes: [LineClass], _ rules: [Int]) -> [ClosedRange<Int>] {
    itemRuns(classes, rules, marker: isCredit, stride: Self.galleryStride, texts: 1)
  }

  /// The classes with the lines of text of teaser lists marked: ``galleryLength`` or more
  /// "Read more" links in a row, each at most two ``teaserStride`` lines after the one before,
  /// with at most ``teaserTexts`` lines of text for each teaser between two.
  func markTeaserLists(_ classes: inout [LineClass], rules: [Int]) {
    let runs = itemRuns(
      classes, rules, marker: isTeaserLink, stride: Self.teaserStride, texts: Self.teaserTexts)
    Self.mark(runs, in: &classes, as: .teaserList)
  }

  private static func isText(_ lineClass: LineClass) -> Bool {
    lineClass.isBodyLike || lineClass == .teaser
  }

  /// Marks the lines of text in some runs.
  private static func mark(
    _ runs: [ClosedRange<Int>], in classes: inout [LineClass], as mark: LineClass
  ) {
    for run in runs {
      for index in run where isText(classes[index]) { classes[index] = mark }
    }
  }

  /// Which of `count` lines some runs cover.
  private static func covered(_ runs: [ClosedRange<Int>], count: Int) -> [Bool] {
    var lines = [Bool](repeating: false, count: count)
    for run in runs {
      for index in run { lines[index] = true }
    }
    return lines
  }

  /// The runs of ``galleryLength`` or more items that each end with a marker line, from the
  /// first item's first line to the last marker; markers are among `rules`, the lines a rule
  /// matched, in order.
  private func itemRuns(
    _ classes: [LineClass], _ rules: [Int], marker: (LineClass) -> Bool, stride: Int, texts: Int
  ) -> [ClosedRange<Int>] {
    var runs: [ClosedRange<Int>] = []
    var markers: [Int] = []
    func close() {
      guard markers.count >= Self.galleryLength, let first = markers.first,
        let last = markers.last
      else { return }
      // The first item is as long as the second: its text sits above its marker, below any
      // chrome a rule recognised (share buttons above a "Keep reading" list).
      var start = first
      while start > max(0, first - min(markers[1] - first, stride) + 1) {
        if case .rule = classes[start - 1] { break }
        if case .section = classes[start - 1] { break }
        start -= 1
      }
      runs.append(start...last)
    }
    for index in rules where marker(classes[index]) {
      // One item's marker may be missing (a credit no rule knows): the next one may then lie
      // two items on, however long the run's items are (up to twice `stride` lines).
      let step =
        markers.count >= 2
        ? min(markers[markers.count - 1] - markers[markers.count - 2], 2 * stride) : stride
      if let previous = markers.last, index - previous <= 2 * max(stride, step),
        classes[(previous + 1)..<index].count(where: Self.isText)
          <= texts * max(1, (index - previous) / stride)
      {
        markers.append(index)
      } else {
        close()
        markers = [index]
      }
    }
    close()
    return runs
  }
}
