/// Turns an `Encodable` view-model into a `TemplateValue`.
///
/// Unlike JSON encoders it keeps absent optionals as `.null` members, so that the set of
/// keys a view-model offers depends only on its type, and a template referring to a key the
/// type does not have is detected by `TemplateChecker`. `HTML` becomes `.html`, `String`
/// `.text`, integers their decimal text; floating-point numbers are refused because every
/// displayed number must be formatted (locale, rounding) by the page builder.
public enum TemplateEncoder {
    public static func encode<T: Encodable>(_ value: T) throws -> TemplateValue {
        let slot = Slot()
        try slot.store(value, codingPath: [])
        return slot.resolved
    }
}

public struct TemplateEncodingError: Error, CustomStringConvertible {
    public let path: String
    public let message: String
    public var description: String { "view-model \(path.isEmpty ? "root" : path): \(message)" }
}

/// A node of the value tree being built.
private final class Slot {
    enum State {
        case empty
        case value(TemplateValue)
        case object([String: Slot])
        case list([Slot])
    }

    var state: State = .empty

    var resolved: TemplateValue {
        switch state {
        case .empty: return .null
        case .value(let v): return v
        case .object(let members): return .object(members.mapValues(\.resolved))
        case .list(let items): return .list(items.map(\.resolved))
        }
    }

    func store<T: Encodable>(_ value: T, codingPath: [CodingKey]) throws {
        switch value {
        case let v as HTML: state = .value(.html(v.raw))
        case let v as String: state = .value(.text(v))
        case let v as Bool: state = .value(.bool(v))
        case let v as Int: state = .value(.text(String(v)))
        case let v as TemplateValueBox: state = .value(v.value)
        case is Double, is Float:
            throw TemplateEncodingError(path: pathText(codingPath),
                                        message: "a floating-point number must be formatted before it reaches a template")
        default:
            try value.encode(to: SlotEncoder(slot: self, codingPath: codingPath))
        }
    }

    func members() -> [String: Slot] {
        if case .object(let m) = state { return m }
        return [:]
    }

    func setMember(_ key: String, _ slot: Slot) {
        var m = members()
        m[key] = slot
        state = .object(m)
    }

    func items() -> [Slot] {
        if case .list(let l) = state { return l }
        return []
    }

    func append(_ slot: Slot) {
        var l = items()
        l.append(slot)
        state = .list(l)
    }
}

/// Wraps a ready `TemplateValue` (e.g. the UI strings tree) so it can sit inside an
/// `Encodable` view-model.
public struct TemplateValueBox: Sendable, Encodable {
    public let value: TemplateValue
    public init(_ value: TemplateValue) { self.value = value }
    public func encode(to encoder: Encoder) throws {
        throw TemplateEncodingError(path: pathText(encoder.codingPath),
                                    message: "TemplateValueBox can only be encoded by TemplateEncoder")
    }
}

private func pathText(_ path: [CodingKey]) -> String {
    path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
}

private struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ i: Int) { stringValue = String(i); intValue = i }
    init?(stringValue: String) { self.stringValue = stringValue; intValue = Int(stringValue) }
    init?(intValue: Int) { self.init(intValue) }
}

private struct SlotEncoder: Encoder {
    let slot: Slot
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = slot.state {} else { slot.state = .object([:]) }
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case .list = slot.state {} else { slot.state = .list([]) }
        return UnkeyedSlotContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleSlotContainer(slot: slot, codingPath: codingPath)
    }
}

private struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    let codingPath: [CodingKey]

    private func child(_ key: Key) -> Slot {
        let s = Slot()
        slot.setMember(key.stringValue, s)
        return s
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).state = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try child(key).store(value, codingPath: codingPath + [key])
    }

    // Absent optionals stay as `.null` members instead of disappearing.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        let s = child(key)
        s.state = .object([:])
        return KeyedEncodingContainer(KeyedSlotContainer<NestedKey>(slot: s, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let s = child(key)
        s.state = .list([])
        return UnkeyedSlotContainer(slot: s, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder { SlotEncoder(slot: slot, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> Encoder { SlotEncoder(slot: child(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: Slot
    let codingPath: [CodingKey]
    var count: Int { slot.items().count }

    private func next() -> Slot {
        let s = Slot()
        slot.append(s)
        return s
    }

    mutating func encodeNil() throws { next().state = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = count
        try next().store(value, codingPath: codingPath + [IndexKey(index)])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let index = count
        let s = next()
        s.state = .object([:])
        return KeyedEncodingContainer(KeyedSlotContainer<NestedKey>(slot: s, codingPath: codingPath + [IndexKey(index)]))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let index = count
        let s = next()
        s.state = .list([])
        return UnkeyedSlotContainer(slot: s, codingPath: codingPath + [IndexKey(index)])
    }

    mutating func superEncoder() -> Encoder { SlotEncoder(slot: next(), codingPath: codingPath) }
}

private struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: Slot
    let codingPath: [CodingKey]

    mutating func encodeNil() throws { slot.state = .value(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try slot.store(value, codingPath: codingPath) }
    mutating func encode(_ value: String) throws { slot.state = .value(.text(value)) }
    mutating func encode(_ value: Bool) throws { slot.state = .value(.bool(value)) }
    mutating func encode(_ value: Int) throws { slot.state = .value(.text(String(value))) }
}
