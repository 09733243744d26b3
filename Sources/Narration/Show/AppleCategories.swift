import Foundation
import Yams

/// Apple's list of podcast categories, loaded from `Resources/Show/apple-categories.yml`.
///
/// Used to check the show's category before it goes into a feed, and by `narrate check`.
public struct AppleCategories: Sendable, Hashable {
  /// Each category and its subcategories.
  public var categories: [String: [String]]

  /// Creates a list.
  public init(categories: [String: [String]]) {
    self.categories = categories
  }

  /// The list bundled with narrate.
  public static func bundled() throws(NarrationError) -> AppleCategories {
    let url = Resources.url("Show/apple-categories.yml")
    let text = try Resources.text(at: url)
    struct File: Decodable { var categories: [String: [String]] }
    do {
      return AppleCategories(categories: try YAMLDecoder().decode(File.self, from: text).categories)
    } catch {
      throw .invalidInput(url.path, problem: "the bundled category list is broken: \(error)")
    }
  }

  /// Why a category and subcategory are not on Apple's list, or nil when they are.
  public func problem(category: String, subcategory: String?) -> String? {
    guard let subcategories = categories[category] else {
      let close = categories.keys.sorted().filter {
        $0.lowercased() == category.lowercased() || $0.hasPrefix(category.prefix(3))
      }
      return "'\(category)' is not an Apple Podcasts category"
        + (close.isEmpty
          ? "" : " (did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?)")
        + "; `narrate init` lists them in podcast.yml"
    }
    if let subcategory, !subcategories.contains(subcategory) {
      let choices =
        subcategories.isEmpty
        ? "it has none" : "choose one of: " + subcategories.joined(separator: ", ")
      return "'\(subcategory)' is not a subcategory of '\(category)'; \(choices)"
    }
    return nil
  }

  /// The list as comment lines for the show file template, one category per line.
  public var commentLines: [String] {
    categories.keys.sorted().map { key in
      let subs = categories[key] ?? []
      return "#   \(key)" + (subs.isEmpty ? "" : ": " + subs.joined(separator: ", "))
    }
  }
}
