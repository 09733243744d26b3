import Foundation
import Testing

/// `narrate script`, `narrate say` and `narrate FILE.ssml` from the command line.
@Suite struct ScriptCommandTests {
  @Test func scriptPrintsEveryFormatAndAnEditedScriptNarrates() throws {
    let folder = try TestSupport.temporaryFolder("script-cli")
    defer { try? FileManager.default.removeItem(at: folder) }
    let article = try TestSupport.write(TestSupport.shortArticle, to: "ferry.txt", in: folder)

    let ssml = try TestSupport.narrate(["script", article.path])
    #expect(ssml.status == 0, "\(ssml.stderr)")
    #expect(ssml.stdout.hasPrefix("<?xml"))
    let text = try TestSupport.narrate(["script", article.path, "--format", "text"])
    #expect(text.stdout.split(separator: "\n").last?.contains("disclosure (en-us+m3") == true)
    let quiet = try TestSupport.narrate([
      "script", article.path, "--format", "text", "--no-disclosure",
    ])
    #expect(!quiet.stdout.contains("disclosure"))
    let json = try TestSupport.narrate(["script", article.path, "--format", "json"])
    let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect((decoded?["segments"] as? [Any])?.isEmpty == false)

    // Edit the script: a longer pause and other words; narrate it.
    let edited = ssml.stdout.replacingOccurrences(
      of: "<break time=\"450ms\"/>", with: "<break time=\"2s\"/>"
    ).replacingOccurrences(of: "harbour ferry", with: "harbour boat")
    let script = try TestSupport.write(edited, to: "edited.ssml", in: folder)
    let reread = try TestSupport.narrate(["script", script.path, "--format", "text"])
    #expect(reread.stdout.contains("[+2000 ms]"))
    #expect(reread.stdout.contains("harbour boat"))
    let output = folder.appendingPathComponent("Output")
    let run = try TestSupport.narrate([script.path, "--output", output.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      FileManager.default.fileExists(
        atPath: output.appendingPathComponent("episodes/edited.mp3").path))
  }

  @Test func malformedScriptFailsWithLineAndColumn() throws {
    let folder = try TestSupport.temporaryFolder("script-bad")
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = try TestSupport.write(
      "<speak>\n<p>One.</p>\n<p>Two <brake/></p>\n</speak>\n", to: "bad.ssml", in: folder)
    let run = try TestSupport.narrate([
      script.path, "--output", folder.appendingPathComponent("o").path,
    ])
    #expect(run.status != 0)
    #expect(run.stderr.contains("bad.ssml:3:"), "\(run.stderr)")
    #expect(run.stderr.contains("<break>"))
  }

  @Test func sayPrintsPhonemesAndWritesAnMP3() throws {
    let phonemes = try TestSupport.narrate(["say", "Kuleba in Kyiv", "--phonemes"])
    #expect(phonemes.status == 0, "\(phonemes.stderr)")
    #expect(phonemes.stdout.contains("ku:l'Eb@"))
    #expect(phonemes.stdout.contains("k'i:Iv"))
    let british = try TestSupport.narrate(["say", "Kyiv", "--phonemes", "--voice", "british"])
    #expect(british.stdout.contains("k'i:Iv"))

    let folder = try TestSupport.temporaryFolder("say")
    defer { try? FileManager.default.removeItem(at: folder) }
    let mp3 = folder.appendingPathComponent("kyiv.mp3")
    let say = try TestSupport.narrate(["say", "Kyiv", "--output", mp3.path])
    #expect(say.status == 0, "\(say.stderr)")
    let bytes = try Data(contentsOf: mp3)
    #expect(bytes.count > 1000)
    #expect(bytes.prefix(3) == Data("ID3".utf8))

    let empty = folder.appendingPathComponent("empty.mp3")
    let nothing = try TestSupport.narrate(["say", " \u{200B}", "--output", empty.path])
    #expect(nothing.status != 0)
    #expect(nothing.stderr.contains("the text to speak is empty"))
    #expect(!FileManager.default.fileExists(atPath: empty.path))
    let silent = try TestSupport.narrate(["say", "???", "--output", empty.path])
    #expect(silent.status != 0)
    #expect(silent.stderr.contains("eSpeak NG speaks nothing for \"???\""), "\(silent.stderr)")
    #expect(!FileManager.default.fileExists(atPath: empty.path))
  }

  @Test func voicesListsPresetsAndInstalledVoices() throws {
    let run = try TestSupport.narrate(["voices"])
    #expect(run.status == 0, "\(run.stderr)")
    for name in ["default", "british", "clear", "en-gb-x-rp", "en-us"] {
      #expect(run.stdout.contains(name))
    }
    let folder = try TestSupport.temporaryFolder("voices")
    defer { try? FileManager.default.removeItem(at: folder) }
    try TestSupport.write("voice: en-uk\n", to: "typo.yml", in: folder)
    let bad = try TestSupport.narrate(["voices"], environment: ["NARRATE_VOICES": folder.path])
    #expect(bad.status != 0)
    #expect(bad.stdout.contains("typo.yml") && bad.stdout.contains("en-gb"))
  }
}
