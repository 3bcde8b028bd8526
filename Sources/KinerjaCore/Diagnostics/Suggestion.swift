/// Finds the nearest known word, for "did you mean …?" hints.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance (case-insensitive), if close enough.
    public static func nearest(_ word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        let allowed = max(1, min(3, w.count / 3))
        var best: (String, Int)?
        for c in candidates {
            let cc = Array(c.lowercased())
            // The distance is at least the difference in length: skip what cannot match (and a
            // very long word, which would cost time and memory in proportion to its length).
            guard abs(cc.count - w.count) <= allowed else { continue }
            let d = distance(w, cc)
            if let current = best, current.1 <= d { continue }
            best = (c, d)
        }
        guard let (match, d) = best else { return nil }
        return d <= allowed ? match : nil
    }

    /// "did you mean `x`?" or nil.
    public static func hint(_ word: String, in candidates: [String]) -> String? {
        nearest(word, in: candidates).map { "did you mean `\($0)`?" }
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and
    /// adjacent transpositions each cost one.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = Swift.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = Swift.min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
