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
    let teasers = Self.teaserBlocks(blocks, containers: containers, title: title)
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
    if story == nil {
      // A live page: the chosen post and the others of its run are the article.
      accepted.formUnion(
        Self.posts(around: best.id, blocks: blocks, containers: containers, labels: labels))
    }
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
      for rule in weights where rule.pattern.matches(in: names) { score += rule.weight }
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
