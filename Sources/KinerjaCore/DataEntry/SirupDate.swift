/// Dates as SIRUP exports write them: `2026-03-02`, `2026-03-02 00:00:00`,
/// `2026-03-02T00:00:00+07:00`, `02-03-2026`, `02/03/2026`.
enum SirupDate {
    static func parse(_ text: String) -> SimpleDate? {
        let b = Array(text.utf8)
        if b.count >= 10, b[4] == UInt8(ascii: "-"),
           b.count == 10 || b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ") {
            return SimpleDate(String(decoding: b[0..<10], as: UTF8.self))
        }
        if b.count == 10, b[2] == b[5], b[2] == UInt8(ascii: "-") || b[2] == UInt8(ascii: "/") {
            let s = String(decoding: b, as: UTF8.self)
            let parts = s.split(separator: Character(UnicodeScalar(b[2])))
            guard parts.count == 3 else { return nil }
            return SimpleDate("\(parts[2])-\(parts[1])-\(parts[0])")
        }
        return nil
    }
}
