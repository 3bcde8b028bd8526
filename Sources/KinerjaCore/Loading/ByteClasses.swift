/// Which kinds of bytes a text holds, found eight bytes at a time: most content files are
/// plain ASCII with LF line ends, and then decoding needs no further pass over them.
struct ByteClasses {
    var nul = false
    var carriageReturn = false
    var nonASCII = false

    static func scan(_ bytes: [UInt8]) -> ByteClasses {
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let crs: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
            var zero: UInt64 = 0, cr: UInt64 = 0, high: UInt64 = 0
            var i = 0
            while i + 8 <= n {
                let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let x = v ^ crs
                // A byte is zero exactly when its high bit is set here (for bytes below 0x80;
                // the high bits of other bytes are found by `high` anyway).
                zero |= (v &- ones) & ~v & highs
                cr |= (x &- ones) & ~x & highs
                high |= v & highs
                i += 8
            }
            var found = ByteClasses(nul: zero != 0, carriageReturn: cr != 0, nonASCII: high != 0)
            while i < n {
                let b = raw[i]
                if b == 0 { found.nul = true }
                if b == 13 { found.carriageReturn = true }
                if b >= 0x80 { found.nonASCII = true }
                i += 1
            }
            return found
        }
    }
}
