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
    /// A class: looking an entry up copies a reference, not the parsed file.
    private final class Entry: Sendable {
        let signature: [Int64]
        let folder: [String]
        let result: ContentLoader.Job.Output

        init(signature: [Int64], folder: [String], result: ContentLoader.Job.Output) {
            self.signature = signature
            self.folder = folder
            self.result = result
        }
    }

    private let entries = Locked<[String: Entry]>([:])

    public init() {}

    /// The jobs' outputs, from the cache for those whose files are unchanged (on every core;
    /// the cache is looked at once and updated once, not locked for each of 10 000 files).
    /// Files no longer among the jobs (deleted or renamed) are forgotten.
    func outputs(of jobs: [ContentLoader.Job]) -> [ContentLoader.Job.Output] {
        let known = entries.current
        let results = jobs.parallelMap { job -> (output: ContentLoader.Job.Output, fresh: Entry?) in
            let (signature, folder) = Self.signature(job)
            if let cached = known[job.display], cached.signature == signature, cached.folder == folder {
                return (cached.result, nil)
            }
            let result = job.run()
            return (result, Entry(signature: signature, folder: folder, result: result))
        }
        let fresh = zip(jobs, results).compactMap { job, result in result.fresh.map { (job.display, $0) } }
        entries.with { entries in
            for (display, entry) in fresh { entries[display] = entry }
            if entries.count > jobs.count {
                let displays = Set(jobs.map(\.display))
                entries = entries.filter { displays.contains($0.key) }
            }
        }
        return results.map(\.output)
    }

    /// The year and the stamps of the job's files (numbers: no text is made for the 10 000
    /// files of a large year on every rebuild), and for a realization the names of the CSV
    /// files beside it.
    private static func signature(_ job: ContentLoader.Job) -> ([Int64], [String]) {
        var parts: [Int64] = [Int64(job.year)]
        stamp(job.path, into: &parts)
        if let english = job.english {
            parts.append(1)
            stamp(english.path, into: &parts)
        }
        var names: [String] = []
        if job.kind == .realization {
            let folder = PathName.folder(of: job.path)
            names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.lowercased().hasSuffix(".csv") }.sorted()
            for name in names { stamp(folder + "/" + name, into: &parts) }
        }
        return (parts, names)
    }

    private static func stamp(_ path: String, into parts: inout [Int64]) {
        var st = stat()
        guard lstat(path, &st) == 0 else {
            parts.append(-1)
            return
        }
        #if canImport(Glibc)
        parts += [Int64(st.st_size), Int64(st.st_mtim.tv_sec), Int64(st.st_mtim.tv_nsec), Int64(st.st_ino)]
        #else
        parts += [Int64(st.st_size), Int64(st.st_mtimespec.tv_sec), Int64(st.st_mtimespec.tv_nsec), Int64(st.st_ino)]
        #endif
    }
}
