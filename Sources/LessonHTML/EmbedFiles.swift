import Foundation
import LessonDocument

/// Finds the files of Obsidian embeds (`![[picture.png]]`) for one lesson, only inside the lesson's own folder
/// tree: the target as a path relative to the lesson's folder, or, for a bare file name, the first file of that
/// name below the folder (sorted, breadth first, hidden folders skipped), as Obsidian finds attachments
/// anywhere in a vault. Symbolic links are resolved before the containment check, so no link leads outside.
///
/// ```swift
/// let files = EmbedFiles(folder: "lessons")
/// files.html(for: "mnist-3.png")       // <img class="embed" src="data:image/png;base64,..." alt="mnist-3.png">
/// files.html(for: "../secret.png")     // a visible placeholder: not inside the lesson's folder
/// ```
struct EmbedFiles {
    /// The picture types an embed shows, by lower-cased extension.
    static let mediaTypes = [
        ("png", "image/png"), ("jpg", "image/jpeg"), ("jpeg", "image/jpeg"), ("gif", "image/gif"),
        ("webp", "image/webp"), ("svg", "image/svg+xml"), ("avif", "image/avif"),
    ]
    /// The largest file embedded, in bytes; a larger one gets the placeholder.
    static let maximumSize = 16 << 20
    /// How many folder entries a search by name looks at, at most.
    static let searchLimit = 20_000

    /// The lesson's folder with links resolved, or `nil` when it does not exist.
    let root: String?

    /// Embeds for a lesson in `folder`.
    init(folder: String) {
        root = Self.resolved(folder)
    }

    /// The HTML for an embed target (`name.png`, `sub/name.png`, `name.png|300`, `name.png|alt text`): the
    /// picture, or a placeholder naming the target and why it is not shown.
    func html(for target: String) -> String {
        let parts = target.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0].split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
            .trimmingCharacters(in: .whitespaces)
        let option = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        let fileExtension = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard let mediaType = Self.mediaTypes.first(where: { $0.0 == fileExtension })?.1 else {
            return placeholder(target, reason: "embedded notes are not shown")
        }
        guard let path = find(name) else { return placeholder(target, reason: "not found beside the lesson") }
        guard let bytes = try? LessonFile.readBytes(path), bytes.count <= Self.maximumSize else {
            return placeholder(target, reason: "cannot be read")
        }
        let width = Int(option.split(separator: "x").first ?? "").map { " width=\"\($0)\"" } ?? ""
        let alt = width.isEmpty && !option.isEmpty ? option : name
        let payload = Data(bytes).base64EncodedString()
        return "<img class=\"embed\" src=\"data:\(mediaType);base64,\(payload)\"\(width)"
            + " alt=\"\(alt.htmlEscaped)\">"
    }

    private func placeholder(_ target: String, reason: String) -> String {
        "<span class=\"embed-missing\" role=\"img\" aria-label=\"\(target.htmlEscaped)\">"
            + "<span class=\"embed-name\">\(target.htmlEscaped)</span> <span class=\"embed-reason\">\(reason)</span></span>"
    }

    /// The resolved path of the file `name` names inside the tree, or `nil`.
    private func find(_ name: String) -> String? {
        guard let root, !name.isEmpty, !name.hasPrefix("/") else { return nil }
        if let path = inside(root + "/" + name) { return path }
        guard !name.contains("/") else { return nil }
        var folders = [root]
        var seen = 0
        while !folders.isEmpty, seen < Self.searchLimit {
            let folder = folders.removeFirst()
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for entry in entries where !entry.hasPrefix(".") {
                seen += 1
                let path = folder + "/" + entry
                if entry == name, let found = inside(path) { return found }
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
                    Self.resolved(path) == path
                {
                    folders.append(path)
                }
            }
        }
        return nil
    }

    /// `path` resolved, when it is a regular file inside the tree.
    private func inside(_ path: String) -> String? {
        guard let root, let resolved = Self.resolved(path), resolved.hasPrefix(root + "/") else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder), !isFolder.boolValue else {
            return nil
        }
        return resolved
    }

    /// The path with every link and `..` resolved, or `nil` when it does not exist.
    private static func resolved(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
