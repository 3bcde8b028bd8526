/// Why `kinerja diff` could not compare two revisions: environment problems (exit 2), never
/// content problems.
public enum DiffError: Error, Sendable, Equatable, CustomStringConvertible {
    case gitUnavailable(String)
    case notARepository(String)
    case unknownRevision(String)
    case contentOutsideRepository(content: String, repository: String)
    case contentMissing(content: String, revision: String)
    case gitFailed(command: String, message: String)
    case io(String)

    public var description: String {
        switch self {
        case let .gitUnavailable(detail):
            return "cannot run git (\(detail)); kinerja diff reads revisions with git"
        case let .notARepository(directory):
            return "`\(directory)` is not inside a git repository; kinerja diff compares content at git revisions"
        case let .unknownRevision(revision):
            return "unknown revision `\(revision)`; name a branch, tag or commit (e.g. origin/main), and fetch it first in a shallow clone"
        case let .contentOutsideRepository(content, repository):
            return "content folder `\(content)` lies outside the git repository at `\(repository)`"
        case let .contentMissing(content, revision):
            return "content folder `\(content)` does not exist at revision `\(revision)`"
        case let .gitFailed(command, message):
            return "`git \(command)` failed: \(message)"
        case let .io(message):
            return message
        }
    }
}
