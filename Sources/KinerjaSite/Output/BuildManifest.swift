import Foundation
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
///   are written again, and files no longer produced are removed.
public struct BuildManifest: Sendable, Equatable {
    public static let fileName = ".kinerja-manifest"

    public var inputs: String
    public var outputs: [String: UInt64]

    public init(inputs: String, outputs: [String: UInt64]) {
        self.inputs = inputs
        self.outputs = outputs
    }

    /// Reads the manifest of `output`, nil when absent or unreadable.
    public static func read(output: URL) -> BuildManifest? {
        guard let data = try? Data(contentsOf: output.appendingPathComponent(fileName)) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first, first.hasPrefix("inputs\t") else { return nil }
        var outputs: [String: UInt64] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let h = UInt64(parts[0], radix: 16), isSafe(parts[1]) else { return nil }
            outputs[String(parts[1])] = h
        }
        return BuildManifest(inputs: String(first.dropFirst(7)), outputs: outputs)
    }

    /// A manifest path names a file below the output folder: relative, no empty, `.` or
    /// `..` part. A manifest with any other path is treated as absent, so a tampered one
    /// can never make a build delete files outside the output.
    static func isSafe(_ path: Substring) -> Bool {
        guard !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { $0 != "" && $0 != "." && $0 != ".." }
    }

    /// The manifest's bytes: deterministic (paths sorted).
    public var serialized: [UInt8] {
        var s = "inputs\t\(inputs)\n"
        for path in outputs.keys.sorted() {
            s += String(outputs[path] ?? 0, radix: 16) + "\t" + path + "\n"
        }
        return Array(s.utf8)
    }

    /// A fast 64-bit content hash (not for security): eight bytes at a time, with the
    /// rounds and final mixing of XXH64 on a single lane. Every written file is hashed, so a
    /// byte-at-a-time hash showed in profiles.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        let p1: UInt64 = 0x9E37_79B1_85EB_CA87, p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        let p3: UInt64 = 0x1656_67B1_9E37_79F9, p4: UInt64 = 0x85EB_CA77_C2B2_AE63, p5: UInt64 = 0x27D4_EB2F_1656_67C5
        func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
        var h = p5 &+ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i + 8 <= raw.count {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                h ^= rotl(w &* p2, 31) &* p1
                h = rotl(h, 27) &* p1 &+ p4
                i += 8
            }
            while i < raw.count {
                h ^= UInt64(raw[i]) &* p5
                h = rotl(h, 11) &* p1
                i += 1
            }
        }
        h ^= h >> 33
        h = h &* p2
        h ^= h >> 29
        h = h &* p3
        h ^= h >> 32
        return h
    }

    public static func hash(_ text: String) -> UInt64 { hash(Array(text.utf8)) }

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
        options.forEach(mix)
        var count = 0
        for folder in folders {
            mix("#" + folder)
            walk(folder) { path, st in
                count += 1
                mix(path)
                mix("\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec):\(st.st_mode)")
            }
        }
        return String(h, radix: 16) + "-" + String(count)
    }

    /// Visits every entry below `root` without following symbolic links, in sorted order.
    static func walk(_ root: String, _ visit: (String, stat) -> Void) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return }
        for name in names.sorted() {
            let path = root + "/" + name
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            if st.st_mode & S_IFMT == S_IFDIR {
                walk(path, visit)
            } else {
                visit(path, st)
            }
        }
    }
}
