import Foundation
import KinerjaCore

/// `kinerja init DIR`: a new publisher repository with minimal valid content, the default
/// site templates, a README for editors, `.gitignore` and CI recipes for GitHub and GitLab.
public enum Scaffold {
    public struct Result: Sendable {
        /// Every file written, relative to the new repository, in order.
        public let files: [String]
        /// Whether `git init` made it a git repository.
        public let gitInitialized: Bool
    }

    /// Every file of a new repository except the site templates: relative path → text.
    public static func files(year: Int) -> [(path: String, text: String)] {
        [("README.md", StarterReadme.text(year: year)), (".gitignore", gitignore)]
            + StarterWorkflows.files() + EditorHelp.files() + StarterContent.files(year: year)
    }

    /// Writes a new repository into `directory`, which must be missing or empty.
    /// - Parameters:
    ///   - year: the fiscal year of the starter plan.
    ///   - initializeGit: run `git init` in it (a failure only leaves `gitInitialized` false).
    public static func create(at directory: String, year: Int, initializeGit: Bool = true) throws(ScaffoldError) -> Result {
        try prepare(directory)
        var written: [String] = []
        for (path, text) in files(year: year) {
            try write(Data(text.utf8), to: path, in: directory)
            written.append(path)
        }
        for (path, text) in EmbeddedTemplates.files.sorted(by: { $0.key < $1.key }) {
            try write(Data(text.utf8), to: "site-templates/" + path, in: directory)
            written.append("site-templates/" + path)
        }
        for (path, base64) in EmbeddedTemplates.binaryFiles.sorted(by: { $0.key < $1.key }) {
            guard let data = Data(base64Encoded: base64) else { throw .io("embedded template \(path) is damaged") }
            try write(data, to: "site-templates/" + path, in: directory)
            written.append("site-templates/" + path)
        }
        let git = initializeGit && ((try? Subprocess.run("git", ["init", "-q", "-b", "main"], in: directory))?.succeeded ?? false)
        return Result(files: written, gitInitialized: git)
    }

    static let gitignore = """
        # Situs hasil `kinerja build` (GitHub Pages: _site, GitLab Pages: public)
        _site/
        public/
        # Hasil `kinerja diff` di CI
        kinerja-diff.md
        # Berkas sementara `kinerja import` yang terputus
        .*.tmp
        .DS_Store

        """

    /// Creates `directory` when missing; refuses a file or a folder with anything in it.
    private static func prepare(_ directory: String) throws(ScaffoldError) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notADirectory(directory) }
            let entries: [String]
            do { entries = try fm.contentsOfDirectory(atPath: directory) } catch {
                throw .io("cannot read `\(directory)`: \(error.localizedDescription)")
            }
            guard entries.isEmpty else { throw .notEmpty(directory) }
        } else {
            do { try fm.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
                throw .io("cannot create `\(directory)`: \(error.localizedDescription)")
            }
        }
    }

    private static func write(_ data: Data, to path: String, in directory: String) throws(ScaffoldError) {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw .io("cannot write `\(path)`: \(error.localizedDescription)")
        }
    }
}

/// Why `kinerja init` wrote nothing (exit 2).
public enum ScaffoldError: Error, Sendable, Equatable, CustomStringConvertible {
    case notEmpty(String)
    case notADirectory(String)
    case io(String)

    public var description: String {
        switch self {
        case let .notEmpty(d): return "`\(d)` is not empty; kinerja init only writes into a new or empty folder"
        case let .notADirectory(d): return "`\(d)` is a file, not a folder"
        case let .io(message): return message
        }
    }
}
