/// The parts of a page around an article that its structure gives away, for the choice of the
/// container (`HTMLCleaner+Container`): labels of other page parts ("Comments") and the prose
/// under them, other stories (`article` elements) on the page, lists of teasers below a story,
/// and boxes that promote more of the site.
extension HTMLCleaner {
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

  /// The posts of a live page (a running story told in timed updates) beside the chosen one.
  ///
  /// Live pages set each update in an `article` element of its own, one after another in one
  /// list; the scorer picks one of them. When the chosen container is (or is inside) an
  /// `article` with at least ``minimumPosts`` - 1 others of its kind (the same `class`, each in
  /// a wrapper of the same kind under the same parent), and they read as a story rather than a
  /// list of teasers (few links, and few of them open with a headline that links to another
  /// page), they are all the article, in order. Not under the label of another page part
  /// ("Comments"): a run of comments is no story.
  ///
  /// - Returns: the wrappers of the run's posts, the chosen one's among them, or none.
  static func posts(
    around best: Int, blocks: [Block], containers: [Int: Container], labels: Set<Int>
  ) -> Set<Int> {
    var found: Int? = best
    while let id = found, containers[id]?.tag != "article" { found = containers[id]?.parent }
    guard let post = found, let postBox = containers[post] else { return [] }
    let item = postItem(post, containers: containers)
    guard let itemBox = containers[item], let list = itemBox.parent else { return [] }
    var members: Set<Int> = []
    for (id, box) in containers
    where box.tag == "article" && box.classes == postBox.classes && box.blocks > 0 {
      let member = postItem(id, containers: containers)
      guard let wrapper = containers[member], wrapper.parent == list, wrapper.tag == itemBox.tag,
        wrapper.classes == itemBox.classes
      else { continue }
      members.insert(member)
    }
    guard members.count >= minimumPosts else { return [] }
    var characters = 0
    var links = 0
    var linked = 0
    var first = Int.max
    for member in members {
      guard let box = containers[member] else { continue }
      characters += box.characters
      links += box.linkCharacters
      first = min(first, box.firstBlock)
      let opening = blocks[box.firstBlock]
      if Double(opening.linkCharacters - opening.anchorCharacters)
        >= 0.9 * Double(opening.characters)
      {
        linked += 1
      }
    }
    guard linked * 2 < members.count, Double(links) < 0.25 * Double(characters) else { return [] }
    // A label of another part above the run, in the list or the box around it.
    let outer = containers[list].flatMap { $0.parent.flatMap { containers[$0] } ?? $0 }
    if let start = outer?.firstBlock, labels.contains(where: { start <= $0 && $0 < first }) {
      return []
    }
    return members
  }

  /// The fewest posts of a kind that make a live page.
  static let minimumPosts = 3

  /// The element that sets a post in its list: the post itself, or the wrappers around it that
  /// hold nothing else (a list item around each `article`), up to two levels.
  private static func postItem(_ post: Int, containers: [Int: Container]) -> Int {
    var item = post
    for _ in 0..<2 {
      guard let box = containers[item], let parentID = box.parent,
        let parent = containers[parentID], parent.firstBlock == box.firstBlock,
        parent.lastBlock == box.lastBlock
      else { break }
      item = parentID
    }
    return item
  }

  /// The most characters of prose a teaser holds under its headline: a summary of a paragraph
  /// or two.
  static let teaserProse = 700

  /// The blocks of lists of teasers for other stories below a story.
  ///
  /// A teaser is a box that opens with a headline that is a link (a heading, or a short line
  /// all link) and holds a short summary; a list is three or more side by side. Such a list,
  /// with summaries long enough to outscore a short article, is no part of the article; a
  /// story's own subheadings are not links. One or two teasers after the end of the story in
  /// the box they share with it are the next story (``isBelowStory(_:parent:blocks:containers:)``).
  ///
  /// - Parameter title: the article's title; when it counts the boxes of a list ("Five
  ///   harbour walks", "10 best …"), they are the items of a list article, not teasers.
  static func teaserBlocks(
    _ blocks: [Block], containers: [Int: Container], title: String? = nil
  ) -> Set<Int> {
    let counted = listCount(in: title)
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
        if group.count == counted { return false }
        let boxed = group.reduce(0) { $0 + (containers[$1]?.proseCharacters ?? 0) }
        let beside = (containers[parent]?.proseCharacters ?? 0) - boxed
        if group.count < 3 {
          // One or two teasers under the story they share a box with: the next story.
          return numbered == 0 && beside >= storyProse
            && isBelowStory(group, parent: parent, blocks: blocks, containers: containers)
        }
        return numbered * 2 < group.count && beside < storyProse
          && proseBefore[headlines.min() ?? 0] >= storyProse
      }.values.joined())
    guard !boxes.isEmpty else { return [] }
    return Set(boxes.compactMap { containers[$0] }.flatMap { $0.firstBlock...$0.lastBlock })
  }

  /// The number of items that a title announces ("Five harbour walks", "10 best ferries"):
  /// its first number from 3 to 100, in digits or (to thirty) in English words.
  static func listCount(in title: String?) -> Int? {
    guard let title else { return nil }
    for word in title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
      if let number = Int(word) {
        if (3...100).contains(number) { return number }
        continue
      }
      if let number = (3...30).first(where: { NumberSpeller.cardinal($0) == word }) {
        return number
      }
    }
    return nil
  }

  /// Whether teaser boxes come after all the other prose of the box they share with a story.
  ///
  /// The story then ends above them. Items of a list article have prose of the list's own
  /// after them, or are three or more alike.
  static func isBelowStory(
    _ group: [Int], parent: Int, blocks: [Block], containers: [Int: Container]
  ) -> Bool {
    guard let outer = containers[parent], outer.firstBlock <= outer.lastBlock,
      let first = group.compactMap({ containers[$0]?.firstBlock }).min()
    else { return false }
    let boxed = Set(group.compactMap { containers[$0] }.flatMap { $0.firstBlock...$0.lastBlock })
    let lastStory = (outer.firstBlock...outer.lastBlock).last {
      !boxed.contains($0) && isProse(blocks[$0])
    }
    return lastStory.map { $0 < first } ?? false
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
}
