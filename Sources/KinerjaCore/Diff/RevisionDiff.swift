import Foundation

/// `kinerja diff`: loads the content folder at two git revisions (HEAD may be the working
/// tree), compares them and applies change control.
public enum RevisionDiff {
    public struct Request: Sendable {
        /// The revision to compare against (e.g. `origin/main`).
        public var base: String
        /// The revision to compare; nil for the working tree.
        public var head: String?
        /// The content folder, absolute or relative to `directory`.
        public var content: String
        /// How the content folder is written in diagnostics.
        public var display: String
        /// Where git is run from (the current directory of the command).
        public var directory: String

        public init(base: String, head: String? = nil, content: String = "content", display: String? = nil,
                    directory: String = FileManager.default.currentDirectoryPath) {
            self.base = base
            self.head = head
            self.content = content
            self.display = display ?? content
            self.directory = directory
        }
    }

    /// A side of the comparison as the reader knows it.
    public struct Side: Sendable {
        /// The revision as given, or nil for the working tree.
        public let revision: String?
        /// The full commit id, or nil for the working tree.
        public let commit: String?
        /// Errors the loader reported in the content on this side.
        public let loadErrors: Int

        public var label: String {
            guard let revision else { return "the working tree" }
            let short = commit.map { String($0.prefix(7)) } ?? ""
            return short.isEmpty || revision.hasPrefix(short) ? "`\(revision)`" : "`\(revision)` (\(short))"
        }
    }

    public struct Result: Sendable {
        public let base: Side
        public let head: Side
        /// The content folder as written in diagnostics.
        public let content: String
        /// HEAD's `base_url` (else BASE's), for links to indicator pages.
        public let baseURL: String?
        public let diff: ContentDiff
        /// KJ904 per unapproved change.
        public let diagnostics: [Diagnostic]
    }

    public static func run(_ request: Request) throws(DiffError) -> Result {
        let repository = try GitRepository.containing(request.directory)
        let absolute = request.content.hasPrefix("/") ? request.content
            : (request.directory.hasSuffix("/") ? request.directory : request.directory + "/") + request.content
        guard let folder = repository.relative(absolute) else {
            throw .contentOutsideRepository(content: request.display, repository: repository.top)
        }
        let baseCommit = try repository.commit(request.base)
        let headCommit = try request.head.map { (revision) throws(DiffError) in try repository.commit(revision) }

        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("kinerja-diff-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        let baseRoot = try export(folder, of: repository, at: baseCommit, named: request.base, display: request.display,
                                  into: scratch + "/base")
        let headRoot: String
        if let headCommit, let name = request.head {
            headRoot = try export(folder, of: repository, at: headCommit, named: name, display: request.display,
                                  into: scratch + "/head")
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw .contentMissing(content: request.display, revision: "the working tree")
            }
            headRoot = absolute
        }

        let before = ContentLoader.load(root: baseRoot, display: request.display)
        let after = ContentLoader.load(root: headRoot, display: request.display)
        let compared = ContentComparer.compare(base: before.content, head: after.content)
        let (diff, diagnostics) = ChangeControl.review(compared, base: before.content, head: after.content)
        return Result(
            base: Side(revision: request.base, commit: baseCommit, loadErrors: errors(before.diagnostics)),
            head: Side(revision: request.head, commit: headCommit, loadErrors: errors(after.diagnostics)),
            content: request.display,
            baseURL: after.content.site.baseURL ?? before.content.site.baseURL,
            diff: diff, diagnostics: diagnostics)
    }

    private static func export(_ folder: String, of repository: GitRepository, at commit: String, named revision: String,
                               display: String, into destination: String) throws(DiffError) -> String {
        guard try repository.hasFolder(folder, at: commit) else {
            throw .contentMissing(content: display, revision: revision)
        }
        do {
            try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create a temporary folder: \(error.localizedDescription)")
        }
        return try repository.export(folder, at: commit, into: destination)
    }

    private static func errors(_ diagnostics: [Diagnostic]) -> Int {
        diagnostics.filter { $0.severity == .error }.count
    }
}
