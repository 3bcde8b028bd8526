/// `x` rounded to `places` decimal places, half away from zero, as the number is written in
/// decimal (so `1.005` → `1.01` although its binary value lies just below): the open-data
/// figures (`capaian` 101.5625 → 101.56). The rule of every number's text (`DecimalText`).
/// Non-finite values are returned unchanged, and `-0.0` becomes `0`.
public func rounded(_ x: Double, places: Int) -> Double {
    DecimalText(x, places: places)?.value ?? x
}
