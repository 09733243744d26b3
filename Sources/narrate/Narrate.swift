import ArgumentParser

/// The `narrate` command: turns articles into podcast episodes and a feed.
@main
struct Narrate: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "narrate",
    abstract: "Turn articles into podcast episodes, offline, with eSpeak NG and LAME.",
    discussion: """
      Run `narrate ARTICLE.txt` to narrate an article into Output/episodes/ and update \
      Output/feed.xml. Inputs can be page dumps, HTML or Markdown.
      """,
    version: "0.1.0",
    subcommands: [
      Build.self, Batch.self, Clean.self, Normalize.self, Script.self, Say.self, Feed.self,
      Voices.self, Init.self, Check.self, Serve.self, Worker.self,
    ],
    defaultSubcommand: Build.self)
}
