/// Runs of items that repeat one shape down a page dump: photo galleries (a caption above each
/// credit) and lists of teasers (a headline and a summary above each "Read more").
extension TextDumpCleaner {
  /// The most lines of one photo of a gallery (a counter or label, a date, the caption and the
  /// credit); two photos apart when one's credit is not recognised.
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
  func dropGalleryCaptions(_ classes: inout [LineClass], _ inBody: [Bool]) {
    let (marked, lines) = galleries(classes)
    let paragraphs = classes.indices.count { index in
      inBody[index] && classes[index] == .prose && !lines[index]
    }
    if paragraphs >= Self.galleryLength { classes = marked }
  }

  /// The classes with the captions of photo galleries marked, and which lines are galleries.
  ///
  /// A gallery is ``galleryLength`` or more photo credits in a row, each at most two
  /// ``galleryStride`` lines after the one before, with at most one line of text (a caption) for
  /// each photo between two: the captions of a gallery read as sentences, but a paragraph of
  /// the article between two photos makes two lines of text there.
  func galleries(_ classes: [LineClass]) -> (marked: [LineClass], lines: [Bool]) {
    itemRuns(classes, marker: isCredit, stride: Self.galleryStride, texts: 1, as: .gallery)
  }

  /// The classes with the lines of text of teaser lists marked: ``galleryLength`` or more
  /// "Read more" links in a row, each at most two ``teaserStride`` lines after the one before,
  /// with at most ``teaserTexts`` lines of text for each teaser between two.
  func markTeaserLists(_ classes: [LineClass]) -> [LineClass] {
    itemRuns(
      classes, marker: isTeaserLink, stride: Self.teaserStride, texts: Self.teaserTexts,
      as: .teaserList
    ).marked
  }

  /// Runs of ``galleryLength`` or more items that each end with a marker line, with the lines
  /// of text of their items marked as `mark`, and which lines the runs cover.
  private func itemRuns(
    _ classes: [LineClass], marker: (LineClass) -> Bool, stride: Int, texts: Int,
    as mark: LineClass
  ) -> (marked: [LineClass], lines: [Bool]) {
    var marked = classes
    var lines = [Bool](repeating: false, count: classes.count)
    var markers: [Int] = []
    func isText(_ lineClass: LineClass) -> Bool { lineClass.isBodyLike || lineClass == .teaser }
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
      for index in start...last {
        if case .section = classes[index] { continue }
        lines[index] = true
        if isText(classes[index]) { marked[index] = mark }
      }
    }
    for index in classes.indices where marker(classes[index]) {
      if let previous = markers.last, index - previous <= 2 * stride,
        classes[(previous + 1)..<index].count(where: isText)
          <= texts * max(1, (index - previous) / stride)
      {
        markers.append(index)
      } else {
        close()
        markers = [index]
      }
    }
    close()
    return (marked, lines)
  }
}
