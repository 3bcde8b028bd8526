extension String {
    /// Numeric-aware ordering (`9` before `10`), independent of the locale.
    func numericAwareLess(_ other: String) -> Bool {
        let a = Array(utf8), b = Array(other.utf8)
        var i = 0, j = 0
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                var ei = i, ej = j
                while ei < a.count, isDigit(a[ei]) { ei += 1 }
                while ej < b.count, isDigit(b[ej]) { ej += 1 }
                let na = a[i..<ei].drop { $0 == 48 }, nb = b[j..<ej].drop { $0 == 48 }
                if na.count != nb.count { return na.count < nb.count }
                if !na.elementsEqual(nb) { return na.lexicographicallyPrecedes(nb) }
                i = ei; j = ej
            } else {
                if a[i] != b[j] { return a[i] < b[j] }
                i += 1; j += 1
            }
        }
        return a.count - i < b.count - j
    }
}
