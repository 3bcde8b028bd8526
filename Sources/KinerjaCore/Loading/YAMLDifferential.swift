import Yams

/// The front-matter fast path against Yams on one text: where `YAMLSubsetParser` accepts it,
/// Yams must accept it too and give the same tree (docs/conformance.md). Used by the fuzz
/// harness (`yaml` target, `scripts/fuzz`) and by `YAMLDifferentialTests` with fixed seeds.
enum YAMLDifferential {
    /// A description of the first difference, or nil.
    static func compare(_ yaml: String) -> String? {
        guard let fast = YAMLSubsetParser.parse(yaml) else { return nil }
        let doc = YAMLDocument(file: "fuzz.md", lineOffset: 0)
        let slow = doc.parseWithYams(yaml)
        if let d = doc.diags.items.first { return "the subset accepted a text Yams reports (\(d.code) \(d.message)): \(yaml.debugDescription)" }
        if fast != slow { return "the subset's tree differs from Yams': \(yaml.debugDescription)" }
        return nil
    }

    /// A small deterministic generator (SplitMix64): the same seed, the same documents.
    struct Random {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    /// A front-matter-like document: block mappings and lists of the shapes content files
    /// use, with the characters, quotes, comments, flow collections, tags and key lengths
    /// where a hand-written parser goes wrong.
    static func document(_ random: inout Random) -> String {
        var out = ""
        var keys = Set<String>()
        let count = 1 + random.below(6)
        for _ in 0..<count {
            let k = key(&random)
            guard keys.insert(k).inserted else { continue }
            out += k + ":" + value(&random, indent: 0, depth: 0)
        }
        if random.chance(10) { out = "# " + word(&random) + "\n" + out }
        return out
    }

    static let words = ["id", "title", "IK-01", "2026", "2026-Q1", "0.5", "1.250.000", "null", "~", "true", "no", "Tender",
                        "Dinas PUPR", "a:b", "x#y", "-1", "+3", "0x1F", "1e3", ".inf", "Rp1.000", "é", "Σ", "a  b", "yes"]
    static let tricky = [":", "#", " #", "-", "'", "\"", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "?", "  ", "\\", "\t"]

    static func word(_ random: inout Random) -> String {
        var w = random.pick(words)
        if random.chance(25) { w += random.pick(tricky) + random.pick(words) }
        if random.chance(5) { w = random.pick(tricky) + w }
        return w
    }

    static func key(_ random: inout Random) -> String {
        switch random.below(20) {
        case 0: return "\"" + word(&random).replacingOccurrences(of: "\"", with: "") + "\""
        case 1: return "'" + word(&random).replacingOccurrences(of: "'", with: "''") + "'"
        case 2:
            // Around YAML's 1 024-character limit of an implicit key.
            let n = 990 + random.below(60)
            let k = String(repeating: "k", count: n)
            return random.chance(50) ? "\"" + k + "\"" : k + String(repeating: " ", count: random.below(40))
        default:
            let k = random.pick(["id", "title", "order", "area", "target", "targets", "owner", "note", "year", "unit"])
            return random.chance(10) ? k + random.pick(tricky) + "x" : k
        }
    }

    static func scalar(_ random: inout Random) -> String {
        switch random.below(12) {
        case 0: return "\"" + word(&random).replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case 1: return "'" + word(&random) + "'"
        case 2: return random.pick(["!!str null", "!!str", "! 12", "!!int 3", "&a x", "*a", "|", ">"])
        case 3: return "[" + (0..<random.below(4)).map { _ in word(&random) }.joined(separator: random.pick([", ", ",", " , "])) + "]"
        case 4: return "{" + (0..<random.below(3)).map { i in "k\(i): " + word(&random) }.joined(separator: ", ") + "}"
        default: return word(&random)
        }
    }

    static func value(_ random: inout Random, indent: Int, depth: Int) -> String {
        let pad = String(repeating: " ", count: indent + 2)
        let comment = random.chance(10) ? " # " + word(&random) : ""
        guard depth < 3 else { return " " + scalar(&random) + comment + "\n" }
        switch random.below(10) {
        case 0:
            return comment + "\n"
        case 1, 2:
            var out = comment + "\n"
            var keys = Set<String>()
            for _ in 0..<(1 + random.below(3)) {
                let k = key(&random)
                guard keys.insert(k).inserted else { continue }
                out += pad + k + ":" + value(&random, indent: indent + 2, depth: depth + 1)
            }
            return out
        case 3:
            var out = comment + "\n"
            let dash = random.chance(50) ? pad : String(repeating: " ", count: indent)
            for _ in 0..<(1 + random.below(3)) {
                if random.chance(40) {
                    out += dash + "- id: " + scalar(&random) + "\n" + dash + "  title: " + scalar(&random) + "\n"
                } else {
                    out += dash + "- " + scalar(&random) + "\n"
                }
            }
            if random.chance(5) { out += "\n" }
            return out
        default:
            return " " + scalar(&random) + comment + (random.chance(5) ? "  " : "") + "\n"
        }
    }
}
