import KinerjaSite
import Testing

/// The manifest's content hash is XXH64 (seed 0): the published test values.
struct BuildManifestHashTests {
    @Test(arguments: [
        ("", 0xEF46_DB37_51D8_E999 as UInt64),
        ("a", 0xD24E_C4F1_A98C_6E5B),
        ("abc", 0x44BC_2CF5_AD77_0999),
        ("Nobody inspects the spammish repetition", 0xFBCE_A83C_8A37_8BF1),
    ])
    func knownValues(_ text: String, _ expected: UInt64) {
        #expect(BuildManifest.hash(text) == expected)
    }

    @Test func oneChangedByteChangesTheHash() {
        let page = Array(repeating: UInt8(ascii: "x"), count: 20_000)
        var edited = page
        edited[12_345] = UInt8(ascii: "y")
        #expect(BuildManifest.hash(page) != BuildManifest.hash(edited))
    }
}
