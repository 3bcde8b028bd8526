/// Turns an `Encodable` view-model into a `TemplateValue`.
///
/// Unlike JSON encoders it keeps absent optionals as `.null` members, so that the set of
/// keys a view-model offers depends only on its type, and a template referring to a key the
/// type does not have is detected while rendering. `HTML` becomes `.html`, `String`
/// `.text`, integers their decimal text; floating-point numbers are refused because every
/// displayed number must be formatted (locale, rounding) by the page builder.
///
/// Every page of a site is encoded, so this is built for speed: text, flags and integers
/// are stored straight into their object (no intermediate node, no dynamic casts), and the
/// coding path is only assembled for an error message.
public enum TemplateEncoder {
    public static func encode<T: Encodable>(_ value: T) throws -> TemplateValue {
        try ValueEncoder.value(of: value, parent: nil, key: nil)
    }
}

public struct TemplateEncodingError: Error, CustomStringConvertible {
    public let path: String
    public let message: String
    public var description: String { "view-model \(path.isEmpty ? "root" : path): \(message)" }

    static func floatingPoint(_ path: [CodingKey]) -> TemplateEncodingError {
        TemplateEncodingError(path: pathText(path), message: "a floating-point number must be formatted before it reaches a template")
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

/// Encodes one composite value (a struct, an array); its parent chain is the coding path.
/// The members are kept in the encoder itself (one object per composite value).
private final class ValueEncoder: Encoder {
    enum Kind { case empty, single, object, list }

    let parent: ValueEncoder?
    let key: CodingKey?
    // Only this encoder's containers change these, one at a time: no dynamic exclusivity
    // checks (they showed in profiles, as every page encodes thousands of values).
    @exclusivity(unchecked) var kind = Kind.empty
    @exclusivity(unchecked) var single = TemplateValue.null
    @exclusivity(unchecked) var members = TemplateObject()
    @exclusivity(unchecked) var items: [TemplateValue] = []
    /// Members and items whose containers are filled later (nested containers, super
    /// encoders): resolved when the value is read.
    var laterMembers: [String: ValueEncoder] = [:]
    var laterItems: [Int: ValueEncoder] = [:]

    init(parent: ValueEncoder?, key: CodingKey?) {
        self.parent = parent
        self.key = key
    }

    var codingPath: [CodingKey] {
        var path: [CodingKey] = []
        var node: ValueEncoder? = self
        while let n = node {
            if let k = n.key { path.append(k) }
            node = n.parent
        }
        return path.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var result: TemplateValue {
        switch kind {
        case .empty: return .null
        case .single: return single
        case .object:
            guard !laterMembers.isEmpty else { return .object(members) }
            var all = members
            for (k, e) in laterMembers { all.set(k, e.result) }
            return .object(all)
        case .list:
            guard !laterItems.isEmpty else { return .list(items) }
            var all = items
            for (i, e) in laterItems { all[i] = e.result }
            return .list(all)
        }
    }

    /// The template value of `value`: scalars directly, composites through a child encoder.
    static func value<T: Encodable>(of value: T, parent: ValueEncoder?, key: CodingKey?) throws -> TemplateValue {
        if T.self == String.self { return .text(unsafeBitCast(value, to: String.self)) }
        if T.self == HTML.self { return .html(unsafeBitCast(value, to: HTML.self).raw) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == Int.self { return .text(String(unsafeBitCast(value, to: Int.self))) }
        if T.self == TemplateValueBox.self { return unsafeBitCast(value, to: TemplateValueBox.self).value }
        if T.self == Double.self || T.self == Float.self {
            throw TemplateEncodingError.floatingPoint((parent?.codingPath ?? []) + (key.map { [$0] } ?? []))
        }
        let encoder = ValueEncoder(parent: parent, key: key)
        try value.encode(to: encoder)
        return encoder.result
    }

    func setMember(_ key: String, _ value: TemplateValue) {
        members.set(key, value)
        if !laterMembers.isEmpty { laterMembers[key] = nil }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if kind != .object {
            kind = .object
            members = TemplateObject()
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if kind != .list {
            kind = .list
            items = []
        }
        return UnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleContainer(encoder: self) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ValueEncoder
    var codingPath: [CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { encoder.setMember(key.stringValue, .null) }
    mutating func encode(_ value: String, forKey key: Key) throws { encoder.setMember(key.stringValue, .text(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { encoder.setMember(key.stringValue, .bool(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { encoder.setMember(key.stringValue, .text(String(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw TemplateEncodingError.floatingPoint(codingPath + [key]) }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw TemplateEncodingError.floatingPoint(codingPath + [key]) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        encoder.setMember(key.stringValue, try ValueEncoder.value(of: value, parent: encoder, key: key))
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

    private func later(_ key: Key) -> ValueEncoder {
        let child = ValueEncoder(parent: encoder, key: key)
        encoder.members.set(key.stringValue, .null)
        encoder.laterMembers[key.stringValue] = child
        return child
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        later(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer { later(key).unkeyedContainer() }
    mutating func superEncoder() -> Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> Encoder { later(key) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [CodingKey] { encoder.codingPath }
    var count: Int { encoder.items.count }

    mutating func encodeNil() throws { encoder.items.append(.null) }
    mutating func encode(_ value: String) throws { encoder.items.append(.text(value)) }
    mutating func encode(_ value: Bool) throws { encoder.items.append(.bool(value)) }
    mutating func encode(_ value: Int) throws { encoder.items.append(.text(String(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = IndexKey(count)
        encoder.items.append(try ValueEncoder.value(of: value, parent: encoder, key: key))
    }

    private func later() -> ValueEncoder {
        let child = ValueEncoder(parent: encoder, key: IndexKey(count))
        encoder.laterItems[encoder.items.count] = child
        encoder.items.append(.null)
        return child
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        later().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { later().unkeyedContainer() }
    mutating func superEncoder() -> Encoder { later() }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: String) throws { set(.text(value)) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: Int) throws { set(.text(String(value))) }
    mutating func encode(_ value: Double) throws { throw TemplateEncodingError.floatingPoint(codingPath) }
    mutating func encode(_ value: Float) throws { throw TemplateEncodingError.floatingPoint(codingPath) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        set(try ValueEncoder.value(of: value, parent: encoder.parent, key: encoder.key))
    }

    private func set(_ value: TemplateValue) {
        encoder.kind = .single
        encoder.single = value
    }
}
