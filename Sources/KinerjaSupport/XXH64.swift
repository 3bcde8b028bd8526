/// A fast 64-bit content hash (not for security): XXH64 with seed 0, four lanes of eight
/// bytes at a time. The build manifest hashes every output with it, and the loader every
/// Markdown file (docs/performance.md, "Incremental builds").
public enum XXH64 {
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { hash($0) }
    }

    public static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    public static func hash(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        let p1: UInt64 = 0x9E37_79B1_85EB_CA87, p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        let p3: UInt64 = 0x1656_67B1_9E37_79F9, p4: UInt64 = 0x85EB_CA77_C2B2_AE63, p5: UInt64 = 0x27D4_EB2F_1656_67C5
        func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
        func round(_ acc: UInt64, _ input: UInt64) -> UInt64 { rotl(acc &+ input &* p2, 31) &* p1 }
        func merge(_ acc: UInt64, _ lane: UInt64) -> UInt64 { (acc ^ round(0, lane)) &* p1 &+ p4 }
        var h: UInt64 = 0
        let n = raw.count
        func word(_ i: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) }
        var i = 0
        if n >= 32 {
            var v1 = p1 &+ p2, v2 = p2, v3: UInt64 = 0, v4 = 0 &- p1
            while i + 32 <= n {
                v1 = round(v1, word(i))
                v2 = round(v2, word(i + 8))
                v3 = round(v3, word(i + 16))
                v4 = round(v4, word(i + 24))
                i += 32
            }
            h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
            h = merge(merge(merge(merge(h, v1), v2), v3), v4)
        } else {
            h = p5
        }
        h = h &+ UInt64(n)
        while i + 8 <= n {
            h = rotl(h ^ round(0, word(i)), 27) &* p1 &+ p4
            i += 8
        }
        if i + 4 <= n {
            let w = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
            h = rotl(h ^ (w &* p1), 23) &* p2 &+ p3
            i += 4
        }
        while i < n {
            h = rotl(h ^ (UInt64(raw[i]) &* p5), 11) &* p1
            i += 1
        }
        h ^= h >> 33
        h = h &* p2
        h ^= h >> 29
        h = h &* p3
        h ^= h >> 32
        return h
    }
}

/// Mixes values into one 64-bit key, in order (FNV-1a over each value's bytes, with a
/// separator after every string). For keys that decide whether an output is made again
/// (docs/performance.md, "Incremental builds"): equal sequences give equal keys in every
/// process; unlike `Hasher`, it is not seeded per process.
public struct KeyMixer: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public init(_ parts: String...) {
        for p in parts { mix(p) }
    }

    private mutating func byte(_ b: UInt8) {
        value ^= UInt64(b)
        value = value &* 0x100_0000_01b3
    }

    public mutating func mix(_ s: String) {
        for b in s.utf8 { byte(b) }
        byte(0xff)
    }

    public mutating func mix(_ s: String?) {
        if let s { mix(s) } else { byte(0xfe) }
    }

    public mutating func mix(_ n: UInt64) {
        var n = n
        for _ in 0..<8 {
            byte(UInt8(truncatingIfNeeded: n))
            n >>= 8
        }
    }

    public mutating func mix(_ n: Int) { mix(UInt64(bitPattern: Int64(n))) }

    /// The key of `values` mixed in order.
    public static func combine(_ values: UInt64...) -> UInt64 {
        var m = KeyMixer()
        values.forEach { m.mix($0) }
        return m.value
    }

    public mutating func mix(_ d: Double?) {
        if let d { mix(d.bitPattern) } else { byte(0xfd) }
    }
}
