import Foundation
import KinerjaCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the previous build read and wrote, kept in the output folder as
/// `.kinerja-manifest` so that the next build can skip work:
/// - `inputs`: a fingerprint of every input file (path, size, modification time), the
///   templates and the build options; equal fingerprints mean nothing to do;
/// - `outputs`: each written file's path and content hash; only files whose hash changed
///   are written again, and files no longer produced are removed;
/// - `touched`: the files an incremental build replaced (at most `touchedLimit`), checked
///   on the next start with a sample of the others (`verified`).
public struct BuildManifest: Sendable, Equatable {
    public static let fileName = ".kinerja-manifest"

    public var inputs: String
    public var outputs: [String: UInt64]
    public var touched: [String]
    /// The key (`InputKeys.site`) every output without an entry in `sources` was made from;
    /// nil in a manifest without keys (then every output is rendered again).
    public var site: UInt64?
    /// The key of each package page (`InputKeys.packages`).
    public var sources: [String: UInt64]

    /// How many replaced files a manifest lists for checking; more are not listed (the
    /// sample still covers some of them).
    public static let touchedLimit = 64
    /// How many further outputs are checked on start.
    public static let sampleSize = 16

    public init(inputs: String, outputs: [String: UInt64], touched: [String] = [], site: UInt64? = nil,
                sources: [String: UInt64] = [:]) {
        self.inputs = inputs
        self.outputs = outputs
        self.touched = Array(touched.sorted().prefix(Self.touchedLimit))
        self.site = site
        self.sources = sources
    }

    /// Reads the manifest of `output`, nil when absent or unreadable. Parsed on its bytes:
    /// it has a line per output (20 000 lines for the 12 000-package corpus) and is read on
    /// every incremental build.
    public static func read(output: URL) -> BuildManifest? {
        guard let bytes = FileWriter.contents(output.path + "/" + fileName) else { return nil }
        // A long-running process (`kinerja serve`) reads the manifest it wrote itself, twice
        // per rebuild: the last one parsed is kept, by the hash of its bytes.
        let hash = XXH64.hash(bytes)
        if let known = lastParsed.with({ $0?.hash == hash ? $0?.manifest : nil }) { return known }
        guard let manifest = parse(bytes) else { return nil }
        lastParsed.with { $0 = (hash, manifest) }
        return manifest
    }

    private static let lastParsed = Locked<(hash: UInt64, manifest: BuildManifest)?>(nil)

    static func parse(_ bytes: [UInt8]) -> BuildManifest? {
        let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
        var outputs: [String: UInt64] = [:]
        var touched: [String] = []
        var site: UInt64?
        var sources: [String: UInt64] = [:]
        var inputs: String?
        func text(_ s: ArraySlice<UInt8>) -> String { String(decoding: s, as: UTF8.self) }
        func hasPrefix(_ line: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
            let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            return line.count >= p.count && zip(line, p).allSatisfy { $0 == $1 }
        }
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n && bytes[end] != newline { end += 1 }
            let line = bytes[start..<end]
            start = end + 1
            if line.isEmpty { continue }
            guard inputs != nil else {
                guard hasPrefix(line, "inputs\t") else { return nil }
                inputs = text(line.dropFirst(7))
                continue
            }
            guard let split = line.firstIndex(of: tab) else { return nil }
            let head = line[..<split], rest = line[(split + 1)...]
            if hasPrefix(line, "site\t") {
                guard site == nil, let key = hex(rest) else { return nil }
                site = key
            } else if hasPrefix(line, "from\t") {
                guard let second = rest.firstIndex(of: tab), let key = hex(rest[..<second]) else { return nil }
                let path = rest[(second + 1)...]
                guard isSafe(path) else { return nil }
                sources[text(path)] = key
            } else if hasPrefix(line, "touched\t") {
                guard isSafe(rest) else { return nil }
                touched.append(text(rest))
            } else {
                guard isSafe(rest), let h = hex(head) else { return nil }
                outputs[text(rest)] = h
            }
        }
        guard let inputs, touched.allSatisfy({ outputs[$0] != nil }), sources.keys.allSatisfy({ outputs[$0] != nil }),
              site != nil || sources.isEmpty else { return nil }
        return BuildManifest(inputs: inputs, outputs: outputs, touched: touched, site: site, sources: sources)
    }

    /// 1 to 16 hex digits.
    private static func hex(_ s: ArraySlice<UInt8>) -> UInt64? {
        guard !s.isEmpty, s.count <= 16 else { return nil }
        var v: UInt64 = 0
        for b in s {
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            v = v << 4 | UInt64(d)
        }
        return v
    }

    /// The outputs checked on start: every `touched` file and `sampleSize` others, chosen
    /// by a hash of their path and the input fingerprint (deterministic for one manifest,
    /// different ones as the inputs change), sorted.
    public var sample: [String] {
        let seed = Self.hash(inputs)
        let listed = Set(touched)
        // The `sampleSize` smallest (key, path), in one pass (no sort of 10 000 paths).
        func before(_ a: (key: UInt64, path: String), _ b: (key: UInt64, path: String)) -> Bool {
            a.key != b.key ? a.key < b.key : a.path < b.path
        }
        var keyed: [(key: UInt64, path: String)] = []
        for path in outputs.keys where !listed.contains(path) {
            let item = (key: Self.hash(path) ^ seed, path: path)
            if keyed.count == Self.sampleSize, let last = keyed.last, !before(item, last) { continue }
            let at = keyed.firstIndex { before(item, $0) } ?? keyed.endIndex
            keyed.insert(item, at: at)
            if keyed.count > Self.sampleSize { keyed.removeLast() }
        }
        let others: [String] = keyed.map { $0.path }
        return (touched + others).sorted()
    }

    /// The sampled outputs whose bytes on disk are missing or disagree with their hash.
    public func disagreements(output: URL) -> [String] {
        let root = output.path
        return sample.filter { path in
            guard let bytes = FileWriter.contents(root + "/" + path) else { return true }
            return Self.hash(bytes) != outputs[path]
        }
    }

    /// The manifest of `output` when it is valid and agrees with the sampled outputs; nil
    /// otherwise, so that the build treats the output as unknown and rebuilds all of it
    /// (docs/hardening.md, "Publishing").
    public static func verified(output: URL) -> BuildManifest? {
        guard let manifest = read(output: output), manifest.disagreements(output: output).isEmpty else { return nil }
        return manifest
    }

    /// A manifest path names a file below the output folder: relative, no empty, `.` or
    /// `..` part. A manifest with any other path is treated as absent, so a tampered one
    /// can never make a build delete files outside the output.
    static func isSafe(_ path: Substring) -> Bool { isSafe(ArraySlice(path.utf8)) }

    static func isSafe(_ path: ArraySlice<UInt8>) -> Bool {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        // Every part between slashes is non-empty and not `.` or `..`; no backslash, no NUL.
        var partStart = path.startIndex
        var i = path.startIndex
        while true {
            let atEnd = i == path.endIndex
            if atEnd || path[i] == slash {
                let length = i - partStart
                if length == 0 { return false }
                if length <= 2 && path[partStart] == dot && (length == 1 || path[partStart + 1] == dot) { return false }
                if atEnd { return true }
                partStart = i + 1
            } else if path[i] == UInt8(ascii: "\\") || path[i] == 0 {
                return false
            }
            i += 1
        }
    }

    /// The manifest's bytes: deterministic (paths sorted).
    public var serialized: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (outputs.count + sources.count) + 256)
        func add(_ s: String) { out.append(contentsOf: s.utf8) }
        func add(hex v: UInt64) {
            let digits: [UInt8] = Array("0123456789abcdef".utf8)
            var shift = 60
            while shift > 0 && (v >> UInt64(shift)) & 0xf == 0 { shift -= 4 }
            while shift >= 0 {
                out.append(digits[Int((v >> UInt64(shift)) & 0xf)])
                shift -= 4
            }
        }
        let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
        add("inputs\t" + inputs + "\n")
        for path in touched { add("touched\t" + path + "\n") }
        if let site {
            add("site\t")
            add(hex: site)
            out.append(newline)
        }
        for path in sources.keys.sorted() {
            add("from\t")
            add(hex: sources[path] ?? 0)
            out.append(tab)
            add(path)
            out.append(newline)
        }
        for path in outputs.keys.sorted() {
            add(hex: outputs[path] ?? 0)
            out.append(tab)
            add(path)
            out.append(newline)
        }
        return out
    }

    /// A fast 64-bit content hash (not for security): XXH64. Every written file is hashed.
    public static func hash(_ bytes: [UInt8]) -> UInt64 { XXH64.hash(bytes) }

    public static func hash(_ text: String) -> UInt64 { XXH64.hash(text) }

    /// A fingerprint of every regular file below `folders` (path, size, modification time,
    /// symbolic links included as such) and of `options`.
    public static func fingerprint(folders: [String], options: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ s: String) {
            for b in s.utf8 {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
            h ^= 0xff
            h = h &* 0x100_0000_01b3
        }
        func mix(_ n: Int64) {
            withUnsafeBytes(of: n.littleEndian) { raw in
                for b in raw {
                    h ^= UInt64(b)
                    h = h &* 0x100_0000_01b3
                }
            }
        }
        options.forEach(mix)
        var count = 0
        for folder in folders {
            mix("#" + folder)
            walk(folder) { path, st in
                count += 1
                mix(path)
                mix(Int64(st.st_size))
                mix(Int64(st.st_mtim.tv_sec))
                mix(Int64(st.st_mtim.tv_nsec))
                mix(Int64(st.st_mode))
            }
        }
        return String(h, radix: 16) + "-" + String(count)
    }

    /// Visits every entry below `root` without following symbolic links, in sorted order.
    static func walk(_ root: String, _ visit: (String, stat) -> Void) {
        guard let names = FolderListing.read(root)?.map(\.name) else { return }
        let paths = names.sorted().map { root + "/" + $0 }
        // A large folder (a year's 10 000 package files) is looked at on every core; the
        // entries are still visited in order.
        let stats: [stat?] = (paths.count > 512 ? paths.parallelMap(lstatOf) : paths.map(lstatOf))
        for (path, st) in zip(paths, stats) {
            guard let st else { continue }
            if st.st_mode & S_IFMT == S_IFDIR {
                walk(path, visit)
            } else {
                visit(path, st)
            }
        }
    }

    @Sendable private static func lstatOf(_ path: String) -> stat? {
        var st = stat()
        return lstat(path, &st) == 0 ? st : nil
    }
}
