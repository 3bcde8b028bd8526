import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the last load made of each file, for a process that loads the same tree again and
/// again (`kinerja serve` on every edit): a file whose size, modification time and inode are
/// unchanged is not read or parsed again. A realization also depends on the CSV files beside
/// it (its `data:`), so any change among them loads it anew.
public final class LoadCache: @unchecked Sendable {
    private struct Entry {
        let signature: String
        let result: ContentLoader.Job.Output
    }

    private let entries = Locked<[String: Entry]>([:])

    public init() {}

    /// The job's output, from the cache when its files are unchanged.
    func output(of job: ContentLoader.Job) -> ContentLoader.Job.Output {
        let key = job.display
        let signature = Self.signature(job)
        let cached = entries.with { $0[key] }
        if let cached, cached.signature == signature { return cached.result }
        let result = job.run()
        entries.with { $0[key] = Entry(signature: signature, result: result) }
        return result
    }

    /// Forgets files that the last load did not see (deleted or renamed).
    func keep(only displays: Set<String>) {
        entries.with { $0 = $0.filter { displays.contains($0.key) } }
    }

    private static func signature(_ job: ContentLoader.Job) -> String {
        var parts = [stamp(job.path)]
        if let english = job.english { parts.append("en=" + stamp(english.path)) }
        if job.kind == .realization {
            let folder = PathName.folder(of: job.path)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where name.lowercased().hasSuffix(".csv") {
                parts.append(name + "=" + stamp(folder + "/" + name))
            }
        }
        return "\(job.year)|" + parts.joined(separator: "|")
    }

    private static func stamp(_ path: String) -> String {
        var st = stat()
        guard lstat(path, &st) == 0 else { return "-" }
        #if canImport(Glibc)
        return "\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec):\(st.st_ino)"
        #else
        return "\(st.st_size):\(st.st_mtimespec.tv_sec).\(st.st_mtimespec.tv_nsec):\(st.st_ino)"
        #endif
    }
}
