import Foundation

/// The choice of the container that holds the article: Readability's scores, widened to the
/// ancestor that adds mostly prose, with boxes of links inside it left out.
extension HTMLCleaner {
  /// Picks the blocks of the article: those inside the best container and its strong siblings.
  ///
  /// - Parameter title: the article's title; on a page of several stories (`article` elements
  ///   with prose), the one whose heading it is holds the article.
  func select(
    _ blocks: [Block], containers: inout [Int: Container], clusters: inout Set<Int>,
    title: String? = nil
  ) -> Set<Int> {
    let commas = blocks.map { Self.commas(in: $0.text) }
    let labels = endingLabels(blocks)
    for (index, block) in blocks.enumerated() {
      let prose = Self.isProse(block) ? block.characters : 0
      let label = labels.contains(index) ? 1 : 0
      for id in block.ancestors {
        // One access a container: each one moves the value in and out of the dictionary.
        containers[id]?.add(
          block, at: index, commas: commas[index], prose: prose, labels: label)
      }
    }
    Self.countStories(&containers)
    let teasers = Self.teaserBlocks(blocks, containers: containers)
    for index in teasers where Self.isProse(blocks[index]) {
      for id in blocks[index].ancestors {
        containers[id]?.proseCharacters -= blocks[index].characters
      }
    }
    let firstLabel = Self.firstLabels(blocks, containers: containers, labels: labels)
    for (index, block) in blocks.enumerated() where block.kind != .heading && block.characters >= 25
    {
      // A teaser's summary is no part of any article on the page.
      guard block.linkDensity < 0.5, !teasers.contains(index) else { continue }
      let contentScore = 1 + Double(commas[index]) + min(Double(block.characters) / 100, 3)
      // The paragraph element itself is ancestors[0]; its parent earns the full score.
      for (level, id) in block.ancestors.dropFirst().prefix(5).enumerated() {
        // A comment under a "Comments" label scores its own box, not the page around it.
        if let label = firstLabel[id], label < index { continue }
        if let container = containers[id], !container.scored {
          containers[id]?.score += initialScore(container)
          containers[id]?.scored = true
        }
        let divider = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
        containers[id]?.score += contentScore / divider
      }
    }
    let story = Self.titleStory(blocks, containers: containers, title: title)
    var best: (id: Int, score: Double)?
    var finals: [Int: Double] = [:]
    for (id, container) in containers where container.scored {
      if let story, !Self.isInside(id, story, containers: containers) { continue }
      let final = container.score * (1 - container.linkDensity)
      finals[id] = final
      // Ties go to the earlier element, so that the choice does not hang on hashing order.
      if let current = best, final < current.score || (final == current.score && id > current.id) {
        continue
      }
      best = (id, final)
    }
    guard var best else { return [] }
    best.id = widen(best.id, containers: containers, blocks: blocks, labels: labels)
    var accepted: Set<Int> = [best.id]
    let threshold = max(10, best.score * 0.2)
    if let parent = containers[best.id]?.parent {
      for (id, container) in containers where container.parent == parent && id != best.id {
        // Not another story, nor a box whose prose is mostly under the label of another page
        // part (comments and their replies).
        if container.stories > 0 && containers[best.id]?.stories ?? 0 > 0 { continue }
        if container.labels > 0,
          Self.proseAfterLabels(in: container, from: 0, blocks: blocks, labels: labels) * 2
            > container.proseCharacters
        {
          continue
        }
        if let score = finals[id], score >= threshold { accepted.insert(id) }
      }
    }
    var selected: Set<Int> = []
    let parent = containers[best.id]?.parent
    let promotions = promotionBoxes(blocks, containers: containers, accepted: accepted)
    for (index, block) in blocks.enumerated() {
      if let top = block.ancestors.firstIndex(where: { accepted.contains($0) }) {
        // A box of links inside the article (related stories, tags, a share bar) goes whole,
        // including the summaries between its links (Readability's conditional cleaning).
        let inner = block.ancestors[..<top].dropFirst()
        if teasers.contains(index) || inner.contains(where: { Self.isLinkCluster(containers[$0]) })
          || inner.contains(where: promotions.contains)
        {
          clusters.insert(index)
        } else {
          selected.insert(index)
        }
      } else if let parent, block.ancestors.dropFirst().first == parent,
        block.kind == .paragraph, block.linkDensity < 0.25,
        block.characters > 80 || (LineSignals(block.text).endsSentence && block.linkCharacters == 0)
      {
        // A paragraph beside the best container (Readability's sibling rule).
        selected.insert(index)
      }
    }
    return selected
  }

  /// Climbs from the best container to the largest ancestor that adds mostly prose.
  ///
  /// Pages often split one article over several sibling wrappers (a column per few paragraphs,
  /// a box between ads); the scorer picks one of them. An ancestor is taken while what it adds
  /// beyond the current choice is at least two-thirds prose, or next to nothing.
  ///
  /// Prose that a label of another page part (``endingLabels(_:)``) introduces after the
  /// current choice (a comment section, a list of other stories with their summaries) is not
  /// the article's, and no ancestor is taken that holds another story: an `article` element
  /// with prose of its own, as pages that load the next story under this one have.
  private func widen(
    _ start: Int, containers: [Int: Container], blocks: [Block], labels: Set<Int>
  ) -> Int {
    guard var chosen = containers[start] else { return start }
    var chosenID = start
    var current = chosen
    while let parentID = current.parent, let parent = containers[parentID] {
      if parent.stories > max(1, chosen.stories) { break }
      let extra = parent.characters - chosen.characters
      var labelled = 0
      if parent.labels > chosen.labels {
        labelled = Self.proseAfterLabels(
          in: parent, from: chosen.lastBlock + 1, blocks: blocks, labels: labels)
      }
      let extraProse = parent.proseCharacters - chosen.proseCharacters - labelled
      let other = extra - extraProse
      if extra <= 0 || other * 2 <= extraProse || (other <= 40 && extraProse == 0) {
        chosen = parent
        chosenID = parentID
      } else {
        break
      }
      current = parent
    }
    return chosenID
  }

  /// The boxes inside the article that a link to more of the site opens ("Keep reading" over
  /// a headline): small, without prose, their first line one that a teaser-closing line rule
  /// (``RuleMatcher/teaserMarkers``) matches.
  func promotionBoxes(_ blocks: [Block], containers: [Int: Container], accepted: Set<Int>)
    -> Set<Int>
  {
    var boxes: Set<Int> = []
    var seen: Set<Int> = []
    for (index, block) in blocks.enumerated() {
      // The box is the element around the label's own element, inside the article.
      guard block.ancestors.count > 2, let box = block.ancestors.dropFirst().first,
        !accepted.contains(box), seen.insert(box).inserted,
        block.ancestors.dropFirst(2).contains(where: accepted.contains),
        let container = containers[box], container.blocks <= 4,
        container.characters <= Self.promotionCharacters, container.proseCharacters == 0,
        block.characters <= Self.labelCharacters,
        let rule = matcher.lineRule(block.text), matcher.teaserMarkers.contains(rule)
      else { continue }
      // The label opens the box: no block of it comes earlier.
      if container.firstBlock < index { continue }
      boxes.insert(box)
    }
    return boxes
  }

  /// The most characters a box that promotes more of the site holds.
  static let promotionCharacters = 400

  /// The most characters of prose a teaser holds under its headline: a summary of a paragraph
  /// or two.
  static let teaserProse = 700

  /// The blocks of lists of teasers for other stories below a story.
  ///
  /// A teaser is a box that opens with a headline that is a link (a heading, or a short line
  /// all link) and holds a short summary; a list is three or more side by side. Such a list,
  /// with summaries long enough to outscore a short article, is no part of the article; a
  /// story's own subheadings are not links.
  static func teaserBlocks(_ blocks: [Block], containers: [Int: Container]) -> Set<Int> {
    var byParent: [Int: [Int]] = [:]
    for (id, box) in containers where box.blocks > 0 {
      let index = box.firstBlock
      guard let parent = box.parent, box.blocks <= 6,
        box.proseCharacters > 0, box.proseCharacters <= teaserProse
      else { continue }
      // A headline that links to another page: a subheading's anchor ("#costs") is no teaser.
      let headline = blocks[index]
      let away = headline.linkCharacters - headline.anchorCharacters
      guard Double(away) >= 0.9 * Double(headline.characters),
        headline.kind == .heading || LineSignals(headline.text).words <= 20
      else { continue }
      byParent[parent, default: []].append(id)
    }
    // Only a list below a story: the slides of a gallery or of a list article are the article.
    var proseBefore: [Int] = []
    var prose = 0
    for block in blocks {
      proseBefore.append(prose)
      prose += isProse(block) ? block.characters : 0
    }
    let boxes = Set(
      byParent.filter { parent, group in
        let headlines = group.compactMap { containers[$0]?.firstBlock }
        // Numbered headlines ("1. The first idea") are the items of a list article.
        let numbered = headlines.filter { blocks[$0].text.first?.isNumber == true }.count
        // The story is outside the list: beside the boxes, a roundup's intro makes them its
        // items.
        let boxed = group.reduce(0) { $0 + (containers[$1]?.proseCharacters ?? 0) }
        let beside = (containers[parent]?.proseCharacters ?? 0) - boxed
        return group.count >= 3 && numbered * 2 < group.count && beside < storyProse
          && proseBefore[headlines.min() ?? 0] >= storyProse
      }.values.joined())
    guard !boxes.isEmpty else { return [] }
    return Set(boxes.compactMap { containers[$0] }.flatMap { $0.firstBlock...$0.lastBlock })
  }

  /// The least prose above a list of teasers for it to be a list below a story.
  static let storyProse = 200

  /// On a page of several stories (outermost `article` elements with prose), the one whose
  /// heading is the article's title; nil on a page of one story or none.
  static func titleStory(_ blocks: [Block], containers: [Int: Container], title: String?)
    -> Int?
  {
    guard let title, !title.isEmpty,
      containers.values.contains(where: { $0.parent == nil && $0.stories > 1 })
    else { return nil }
    for block in blocks where block.kind == .heading && block.text == title {
      if let story = block.ancestors.first(where: { containers[$0]?.isStory == true }),
        containers[story]?.stories == 1
      {
        return story
      }
    }
    return nil
  }

  /// Whether a container is another or lies inside it.
  static func isInside(_ id: Int, _ outer: Int, containers: [Int: Container]) -> Bool {
    var next: Int? = id
    while let current = next {
      if current == outer { return true }
      next = containers[current]?.parent
    }
    return false
  }

  /// The blocks that label a part of the page that ends an article: a heading or a short line
  /// that a section rule matches ("Comments", "More stories") and that no prose paragraph
  /// follows at once (a subheading "Discussion" opens more of the article), leaving out the
  /// labels of boxes that pages also set between paragraphs ("Related").
  ///
  /// Only a label below some prose ends anything (``SectionCut/minimumBefore``): above the
  /// story, "12 comments" is a counter beside the byline.
  func endingLabels(_ blocks: [Block]) -> Set<Int> {
    var labels: Set<Int> = []
    var proseBefore = 0
    for (index, block) in blocks.enumerated() {
      defer { proseBefore += Self.isProse(block) ? block.characters : 0 }
      guard block.characters <= Self.labelCharacters, block.linkDensity < 1,
        proseBefore >= SectionCut.minimumBefore,
        index + 1 == blocks.count || !Self.isPlainProse(blocks[index + 1]),
        block.kind == .heading || !LineSignals(block.text).endsSentence,
        let section = matcher.sectionRule(block.text),
        !matcher.interruptingSections.contains(section)
      else { continue }
      labels.insert(index)
    }
    return labels
  }

  /// For each container that a label (``endingLabels(_:)``) divides, the label: the paragraphs
  /// after it are another part's and do not score the container.
  ///
  /// A label divides a container that it opens (a comment section under its heading) or that
  /// holds some prose before it (the story, then its comments); not one where it stands among
  /// the short lines above the story.
  static func firstLabels(_ blocks: [Block], containers: [Int: Container], labels: Set<Int>)
    -> [Int: Int]
  {
    guard !labels.isEmpty else { return [:] }
    var proseBefore: [Int] = []
    var prose = 0
    for block in blocks {
      proseBefore.append(prose)
      prose += isProse(block) ? block.characters : 0
    }
    var result: [Int: Int] = [:]
    var seen: Set<Int> = []
    for index in labels.sorted() {
      for id in blocks[index].ancestors where seen.insert(id).inserted {
        guard let start = containers[id]?.firstBlock, start <= index else { continue }
        if start == index || proseBefore[index] - proseBefore[start] >= SectionCut.minimumBefore {
          result[id] = index
        }
      }
    }
    return result
  }

  /// The most characters a label of a page part has.
  static let labelCharacters = 80

  /// Counts the stories in each container: the outermost `article` elements with prose enough
  /// for an article (``minimumArticleLength``; not a headline and standfirst in a box of their
  /// own) at or below it.
  static func countStories(_ containers: inout [Int: Container]) {
    for (id, container) in containers
    where container.isStory && container.proseCharacters >= minimumArticleLength {
      var next: Int? = id
      while let current = next, let ancestor = containers[current] {
        containers[current]?.stories += 1
        next = ancestor.parent
      }
    }
  }

  /// The characters of prose paragraphs inside a container, from a block on, that come after
  /// a label (``endingLabels(_:)``).
  static func proseAfterLabels(
    in container: Container, from start: Int, blocks: [Block], labels: Set<Int>
  ) -> Int {
    var labelled = false
    var prose = 0
    let first = max(start, container.firstBlock)
    guard first <= container.lastBlock else { return 0 }
    for index in first...container.lastBlock {
      if labels.contains(index) {
        labelled = true
      } else if labelled && isProse(blocks[index]) {
        prose += blocks[index].characters
      }
    }
    return prose
  }

  /// The score a container starts with: by its tag, plus the weights of the `weight` rules that
  /// its class, id and `itemprop` match.
  private func initialScore(_ container: Container?) -> Double {
    guard let container else { return 0 }
    var score: Double
    switch container.tag {
    case "div", "article": score = 5
    case "pre", "td", "blockquote": score = 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
    default: score = 0
    }
    let names = container.names
    if !names.isEmpty {
      let range = NSRange(names.startIndex..., in: names)
      for rule in weights where rule.pattern.firstMatch(in: names, range: range) != nil {
        score += rule.weight
      }
    }
    return score
  }

  /// The share of link text above which an element inside the article is a box of links.
  static let linkClusterDensity = 0.4

  /// The number of commas in a text (in Latin, Chinese and Japanese punctuation).
  private static func commas(in text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ("，,、".unicodeScalars.contains($1) ? 1 : 0) }
  }

  /// Whether an element inside the article is mostly links (and not prose full of commas,
  /// such as a wiki page that links every other word).
  ///
  /// A box holds several blocks; a wrapper around one paragraph is that paragraph, which the
  /// block's own link density judges.
  private static func isLinkCluster(_ container: Container?) -> Bool {
    guard let container, container.blocks >= 2, container.characters >= 40, container.commas < 10
    else { return false }
    return container.linkDensity > linkClusterDensity
  }

  /// Whether a block reads as the story's own prose rather than a teaser's summary: prose
  /// (``isProse(_:)``) with hardly any links.
  static func isPlainProse(_ block: Block) -> Bool {
    isProse(block) && block.linkDensity < 0.25
  }

  /// Whether a block reads as article prose: a sentence of some length with few links.
  static func isProse(_ block: Block) -> Bool {
    guard block.kind != .heading, block.characters >= 60, block.linkDensity < 0.3 else {
      return false
    }
    let signals = LineSignals(block.text)
    return signals.endsSentence || signals.effectiveWords >= 15
  }
}
